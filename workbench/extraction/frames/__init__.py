"""What carries over between sentences and lines: reports under way, interviews, references back, headlines."""
