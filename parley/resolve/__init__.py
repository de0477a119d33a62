"""Event resolution across documents: reports of the same meeting share one event_id."""
