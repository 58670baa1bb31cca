-- A benchmark result is a measurement: once recorded it never changes. A correction is a new
-- row whose supersedes_id names the old one. Refused inside the database for every writer.
-- Deleting stays possible (a model or version removed takes its results with it).
CREATE TRIGGER `benchmark_results_no_update` BEFORE UPDATE ON `benchmark_results` BEGIN
	SELECT RAISE(ABORT, 'benchmark results are immutable: post a new result that supersedes this one');
END;
