import { describe, expect, it } from 'vitest';
import { apiAndBrowser } from './support/browser';

/** Links people pass around outlive what they point at. */
describe('a shared link whose target is gone (Chromium, the Kainuu demo)', () => {
  const app = apiAndBrowser();

  it('says a region does not exist and leads back to choosing one, with no useless retry', async () => {
    const { page } = app;
    await page.goto(`${app.api.url}/?region=99`);
    const notice = page.getByTestId('unknown-region');
    await notice.waitFor();
    expect(await notice.locator('h3').textContent()).toBe('Aluetta 99 ei ole.');
    expect(await page.getByRole('button', { name: 'Yritä uudelleen' }).count()).toBe(0);
    await notice.getByRole('button', { name: 'Vaihda aluetta' }).click();
    await page.getByTestId('region-list').waitFor();
    expect(new URL(page.url()).searchParams.get('region')).toBeNull();
  });

  it("shows the gaps of the first profile, and says so, when the link's profile was deleted", async () => {
    const { page } = app;
    await page.goto(`${app.api.url}/?region=18&panel=gaps&profile=poistettu-profiili`);
    await page.getByTestId('gap').first().waitFor({ timeout: 30_000 });
    const missing = page.getByTestId('gap-profile-missing');
    expect(await missing.textContent()).toMatch(
      /^Linkin profiilia ei enää ole; näytetään profiili /,
    );
    const select = page.getByTestId('gap-profile');
    const first = await select.locator('option').first().getAttribute('value');
    expect(await select.inputValue()).toBe(first);
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});
