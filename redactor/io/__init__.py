"""Sources and sinks. `base.py` holds the item types that flow through the pipeline."""
