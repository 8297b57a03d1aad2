-- Education levels: one spelling, the enum's (ADR 136). Condition.rule stored the domain's old
-- kebab-case words ("junior-college") in `minEducation` and in each major category's `level`;
-- rewrite them as the EducationLevel enum spells them ("JUNIOR_COLLEGE"). Data only, no schema
-- change. Idempotent: only the five old words are matched, so a second run (or an empty
-- database) updates nothing.

CREATE TEMPORARY TABLE "_education_spelling" (old TEXT PRIMARY KEY, new TEXT NOT NULL);
INSERT INTO "_education_spelling" VALUES
  ('junior-high-or-below', 'JUNIOR_HIGH_OR_BELOW'),
  ('upper-secondary', 'UPPER_SECONDARY'),
  ('junior-college', 'JUNIOR_COLLEGE'),
  ('bachelor', 'BACHELOR'),
  ('postgraduate', 'POSTGRADUATE');

UPDATE "Condition" c
SET rule = jsonb_set(c.rule, '{minEducation}', to_jsonb(s.new))
FROM "_education_spelling" s
WHERE c.rule ->> 'minEducation' = s.old;

UPDATE "Condition" c
SET rule = jsonb_set(c.rule, '{majors}', (
  SELECT jsonb_agg(
    CASE WHEN s.new IS NULL THEN m.value ELSE jsonb_set(m.value, '{level}', to_jsonb(s.new)) END
    ORDER BY m.ordinality)
  FROM jsonb_array_elements(c.rule -> 'majors') WITH ORDINALITY AS m(value, ordinality)
  LEFT JOIN "_education_spelling" s ON s.old = m.value ->> 'level'))
WHERE jsonb_typeof(c.rule -> 'majors') = 'array'
  AND EXISTS (
    SELECT 1 FROM jsonb_array_elements(c.rule -> 'majors') AS m(value)
    JOIN "_education_spelling" s ON s.old = m.value ->> 'level');

DROP TABLE "_education_spelling";
