-- The lifecycle log is append-only: history that can be edited is not history. Every writer
-- (API, webhooks, worker, seed, a person with a SQL shell) is refused alike, inside the database.
-- Links from events to models (event_model_links) are append-only for the same reason.
CREATE TRIGGER `events_no_update` BEFORE UPDATE ON `events` BEGIN
	SELECT RAISE(ABORT, 'events are append-only: rows cannot be updated');
END;
--> statement-breakpoint
CREATE TRIGGER `events_no_delete` BEFORE DELETE ON `events` BEGIN
	SELECT RAISE(ABORT, 'events are append-only: rows cannot be deleted');
END;
--> statement-breakpoint
CREATE TRIGGER `event_model_links_no_update` BEFORE UPDATE ON `event_model_links` BEGIN
	SELECT RAISE(ABORT, 'event_model_links are append-only: rows cannot be updated');
END;
--> statement-breakpoint
CREATE TRIGGER `event_model_links_no_delete` BEFORE DELETE ON `event_model_links` BEGIN
	SELECT RAISE(ABORT, 'event_model_links are append-only: rows cannot be deleted');
END;
