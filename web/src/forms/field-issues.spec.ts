import { describe, expect, it } from 'vitest';
import { issueFor, otherIssues } from './field-issues';

const issues = [
  { field: 'title', rule: 'required', message: 'is required' },
  { field: 'input.endTime', rule: 'after_start', message: 'must be after the start time' },
  { field: 'programme.0.title', rule: 'required', message: 'is required' },
];

describe('issueFor', () => {
  it('finds the issue of a field by its name, with or without the input prefix', () => {
    expect(issueFor(issues, 'title')?.rule).toBe('required');
    expect(issueFor(issues, 'endTime')?.rule).toBe('after_start');
  });

  it('does not take a nested field for a top-level one of the same name', () => {
    expect(issueFor([issues[2]], 'title')).toBeUndefined();
  });
});

describe('otherIssues', () => {
  it('keeps the issues no field of the form shows', () => {
    expect(otherIssues(issues, ['title', 'endTime'])).toEqual([issues[2]]);
  });
});
