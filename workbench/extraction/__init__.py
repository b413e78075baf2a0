"""Attribution extraction: every claim of an article and the chain of sources it is attributed to."""
