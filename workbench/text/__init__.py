"""Text processing: the comparison form, segmentation and page furniture."""
