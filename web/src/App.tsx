export function App() {
  return (
    <main>
      <h1>Verkosto</h1>
      <p>
        GraphQL: <a href="/graphql">/graphql</a>
      </p>
    </main>
  );
}
