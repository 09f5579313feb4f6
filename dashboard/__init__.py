"""Read side of VAPA-monitor: connection and queries, formatting, page helpers."""
