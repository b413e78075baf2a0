"""Interviews and programmes: the words that put a speaker on an outlet ("خلال حواره مع الإعلامي … على فضائية X")."""

# The nouns of an interview in folded spelling, bare or with a possessive ("حديث", "حديثه", "مقابلته",
# "تصريحاتها", "لقائه" → "لقايه", "استضافته"): "خلال حديثه مع قناة «فرانس 2»" is the same frame as "في حديث مع".
AR_INTERVIEW = r"(?:تصريح|حديث|حوار|مقابل|لقاء|لقاي|اتصال|مداخل|استضاف|ظهور)\w{0,4}"
# Where a channel carries the words: "عبر شاشة قناة X", "عبر أثير إذاعة X", "في لقاء على قناة X" (folded).
AR_ON_AIR = r"(?<!\w)(?:علي|عبر)\s+(?:(?:شاشه|شاشات|اثير|موجات|هواء)\s+)?"

# Before a catalog outlet, a host or a programme between the interview and the outlet that airs it:
# "مع الإعلامي تامر أمين على فضائية X", "الذي استضافه برنامج «…» الذي تبثه قنوات X".
AR_HOST_ON = (
    r"(?<!\w)مع\s+(?:ال)?(?:اعلامي|اعلاميه|مذيع|مذيعه|صحفي|صحفيه|صحافي|صحافيه|مقدم|مقدمه)(?!\w)[^,.:]{0,40}?"
    r"\s(?:علي|عبر)\s+(?:\S+\s+)?\"?\s*"
    r"|(?:,\s*(?:الذي|التي)\s+)?(?<!\w)(?:استضاف|استضافت|استضافه|استضافها)\s+برنامج(?!\w)[^,.:]{0,60}?"
    r"\s(?:(?:الذي|التي)\s+)?(?:تبثه|يبثه|تبثها|يبثها|علي|عبر)\s+(?:\S+\s+)?\"?\s*"
)

