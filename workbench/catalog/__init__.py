"""The outlet and organization catalog: bundled data, seeding, and alias look-up."""
