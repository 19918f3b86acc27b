-- Kurdish is offered as its two written standards, Sorani (ckb) and Kurmanji (kmr); the generic
-- "ku" is no longer a language a notice can use (issue 11). Notices that named "ku" get "ckb":
-- most Kurdish speakers who moved to Finland came from Iraq and Iran, where Sorani is the written
-- standard. Order is kept and a language already listed is not repeated.
UPDATE "activity"
SET "languages" = ARRAY(
  SELECT x FROM unnest(array_replace("languages", 'ku', 'ckb')) WITH ORDINALITY AS t(x, i) GROUP BY x ORDER BY min(i)
)
WHERE 'ku' = ANY("languages");

UPDATE "activity"
SET "support_languages" = ARRAY(
  SELECT x FROM unnest(array_replace("support_languages", 'ku', 'ckb')) WITH ORDINALITY AS t(x, i) GROUP BY x ORDER BY min(i)
)
WHERE 'ku' = ANY("support_languages");

UPDATE "activity" SET "original_language" = 'ckb' WHERE "original_language" = 'ku';

UPDATE "activity_translation" AS a SET "locale" = 'ckb'
WHERE a."locale" = 'ku'
  AND NOT EXISTS (SELECT 1 FROM "activity_translation" b WHERE b."activity_id" = a."activity_id" AND b."locale" = 'ckb');
