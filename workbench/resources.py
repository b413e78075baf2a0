"""Where the data that ships with Isnad lives (catalog, fonts, samples, translations)."""

from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parents[1] / "resources"
CATALOG_DIR = RESOURCES_DIR / "catalog"
SAMPLES_DIR = RESOURCES_DIR / "samples"
FONTS_DIR = RESOURCES_DIR / "fonts"
