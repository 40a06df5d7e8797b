"""Retention: expiry stamping at ingest, enforcement over stores, legal holds, erasure."""
