<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
  <context>
    <name>Actions</name>
    <message>
      <source>&amp;Import files…</source>
      <translation>استيراد ملفات…</translation>
    </message>
    <message>
      <source>Import articles from files</source>
      <translation>استيراد مقالات من ملفات</translation>
    </message>
    <message>
      <source>&amp;Paste as new article…</source>
      <translation>لصق كمقالة جديدة…</translation>
    </message>
    <message>
      <source>Make a new article from the text on the clipboard</source>
      <translation>إنشاء مقالة جديدة من النص المنسوخ</translation>
    </message>
    <message>
      <source>Print pre&amp;view…</source>
      <translation>معاينة الطباعة…</translation>
    </message>
    <message>
      <source>Preview and print the article's report</source>
      <translation>معاينة تقرير المقالة وطباعته</translation>
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation>تصدير… (&amp;E)</translation>
    </message>
    <message>
      <source>Save the article, outlet or session report as PDF, HTML, CSV, JSON or ClaimReview</source>
      <translation>حفظ تقرير المقالة أو الوسيلة الإعلامية أو الجلسة بصيغة PDF أو HTML أو CSV أو JSON أو ClaimReview</translation>
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation>الإعدادات…</translation>
    </message>
    <message>
      <source>Reviewer name, organization, language, thresholds</source>
      <translation>اسم المراجع والمؤسسة واللغة والعتبات</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>خروج</translation>
    </message>
    <message>
      <source>Close the desk (every edit is already stored)</source>
      <translation>إغلاق المكتب (كل تعديل محفوظ بالفعل)</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>تراجع</translation>
    </message>
    <message>
      <source>Undo the last edit</source>
      <translation>التراجع عن آخر تعديل</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>إعادة</translation>
    </message>
    <message>
      <source>Redo the edit you undid</source>
      <translation>إعادة التعديل الذي تراجعت عنه</translation>
    </message>
    <message>
      <source>&amp;Find article</source>
      <translation>البحث عن مقالة</translation>
    </message>
    <message>
      <source>Filter the article list as you type</source>
      <translation>تصفية قائمة المقالات أثناء الكتابة</translation>
    </message>
    <message>
      <source>Source &amp;catalog…</source>
      <translation>فهرس المصادر…</translation>
    </message>
    <message>
      <source>Outlets, persons and organizations</source>
      <translation>الوسائل الإعلامية والأشخاص والهيئات</translation>
    </message>
    <message>
      <source>Article &amp;details…</source>
      <translation>بيانات المقالة… (&amp;D)</translation>
    </message>
    <message>
      <source>Correct the article's title, publisher, address and date</source>
      <translation>تصحيح عنوان المقالة وناشرها ورابطها وتاريخها</translation>
    </message>
    <message>
      <source>De&amp;lete article…</source>
      <translation>حذف المقالة… (&amp;L)</translation>
    </message>
    <message>
      <source>Delete the open article and its claims (undoable)</source>
      <translation>حذف المقالة المفتوحة وادعاءاتها (يمكن التراجع)</translation>
    </message>
    <message>
      <source>Claims &amp;browser</source>
      <translation>متصفح الادعاءات (&amp;B)</translation>
    </message>
    <message>
      <source>Search and filter every claim across all articles</source>
      <translation>البحث في كل الادعاءات في جميع المقالات وتصفيتها</translation>
    </message>
    <message>
      <source>Outlets &amp;dashboard</source>
      <translation>لوحة الوسائل الإعلامية (&amp;D)</translation>
    </message>
    <message>
      <source>Charts of outlets and sources: verdicts, misattributions, anonymous sources</source>
      <translation>رسوم بيانية للوسائل الإعلامية والمصادر: الأحكام، والإسناد الخاطئ، والمصادر المجهولة</translation>
    </message>
    <message>
      <source>&amp;Next claim</source>
      <translation>الادعاء التالي</translation>
    </message>
    <message>
      <source>Go to the next claim</source>
      <translation>الانتقال إلى الادعاء التالي</translation>
    </message>
    <message>
      <source>&amp;Previous claim</source>
      <translation>الادعاء السابق</translation>
    </message>
    <message>
      <source>Go to the previous claim</source>
      <translation>الانتقال إلى الادعاء السابق</translation>
    </message>
    <message>
      <source>Next &amp;unreviewed claim</source>
      <translation>الادعاء التالي غير المراجَع</translation>
    </message>
    <message>
      <source>Go to the next claim with no verdict</source>
      <translation>الانتقال إلى الادعاء التالي الذي لا حكم له</translation>
    </message>
    <message>
      <source>&amp;Confirm chain</source>
      <translation>تأكيد سلسلة الإسناد</translation>
    </message>
    <message>
      <source>Mark every hop of the chain as checked</source>
      <translation>وسم كل حلقات السلسلة بأنها مُتحقَّق منها</translation>
    </message>
    <message>
      <source>&amp;Add hop…</source>
      <translation>إضافة حلقة…</translation>
    </message>
    <message>
      <source>Add a source at the inner end of the chain</source>
      <translation>إضافة مصدر في الطرف الداخلي للسلسلة</translation>
    </message>
    <message>
      <source>&amp;Replace hop source…</source>
      <translation>استبدال مصدر الحلقة…</translation>
    </message>
    <message>
      <source>Pick another source for the selected hop</source>
      <translation>اختيار مصدر آخر للحلقة المحددة</translation>
    </message>
    <message>
      <source>Move hop &amp;outward</source>
      <translation>نقل الحلقة إلى الخارج</translation>
    </message>
    <message>
      <source>Move the selected hop one step outward</source>
      <translation>نقل الحلقة المحددة خطوة إلى الخارج</translation>
    </message>
    <message>
      <source>Move hop &amp;inward</source>
      <translation>نقل الحلقة إلى الداخل</translation>
    </message>
    <message>
      <source>Move the selected hop one step inward</source>
      <translation>نقل الحلقة المحددة خطوة إلى الداخل</translation>
    </message>
    <message>
      <source>Remo&amp;ve hop</source>
      <translation>حذف الحلقة</translation>
    </message>
    <message>
      <source>Remove the selected hop from the chain</source>
      <translation>حذف الحلقة المحددة من السلسلة</translation>
    </message>
    <message>
      <source>Add new &amp;outlet to catalog</source>
      <translation>إضافة &amp;وسيلة إعلام جديدة إلى الفهرس</translation>
    </message>
    <message>
      <source>Add the outlet the hop names, missing from the catalog, to the catalog</source>
      <translation>إضافة وسيلة الإعلام التي تسميها الحلقة، وهي غير موجودة في الفهرس، إلى الفهرس</translation>
    </message>
    <message>
      <source>&amp;Import this source's article…</source>
      <translation>ا&amp;ستيراد مقالة هذا المصدر…</translation>
    </message>
    <message>
      <source>Import the article of the selected hop's outlet (or the first outlet not found yet) and verify the chain against it</source>
      <translation>استيراد مقالة وسيلة الإعلام في الحلقة المحددة (أو أول وسيلة لم يُعثر فيها على الادعاء بعد) والتحقق من السلسلة بها</translation>
    </message>
    <message>
      <source>Accept suggested attrib&amp;ution</source>
      <translation>قبول حكم الن&amp;سبة المقترح</translation>
    </message>
    <message>
      <source>Set the attribution verdict the chain's verification suggests</source>
      <translation>تعيين حكم النسبة الذي يقترحه التحقق من السلسلة</translation>
    </message>
    <message>
      <source>New claim from &amp;selection</source>
      <translation>ادعاء جديد من التحديد</translation>
    </message>
    <message>
      <source>Make the selected text a new claim</source>
      <translation>جعل النص المحدد ادعاءً جديدًا</translation>
    </message>
    <message>
      <source>&amp;Extend claim to selection</source>
      <translation>توسيع الادعاء إلى التحديد</translation>
    </message>
    <message>
      <source>Stretch the current claim over the selected text</source>
      <translation>مدّ الادعاء الحالي ليشمل النص المحدد</translation>
    </message>
    <message>
      <source>&amp;Split claim at cursor</source>
      <translation>تقسيم الادعاء عند المؤشر</translation>
    </message>
    <message>
      <source>Cut the current claim in two at the cursor</source>
      <translation>قسمة الادعاء الحالي إلى اثنين عند المؤشر</translation>
    </message>
    <message>
      <source>&amp;Merge with next claim</source>
      <translation>دمج مع الادعاء التالي</translation>
    </message>
    <message>
      <source>Join the current claim and the next one</source>
      <translation>ضمّ الادعاء الحالي إلى الادعاء الذي يليه</translation>
    </message>
    <message>
      <source>&amp;Delete claim</source>
      <translation>حذف الادعاء</translation>
    </message>
    <message>
      <source>Delete the current claim (undoable)</source>
      <translation>حذف الادعاء الحالي (يمكن التراجع)</translation>
    </message>
    <message>
      <source>Confirm &amp;match</source>
      <translation>تأكيد المطابقة</translation>
    </message>
    <message>
      <source>Confirm the selected match</source>
      <translation>تأكيد المطابقة المحددة</translation>
    </message>
    <message>
      <source>Re&amp;ject match</source>
      <translation>رفض المطابقة</translation>
    </message>
    <message>
      <source>Reject the selected match</source>
      <translation>رفض المطابقة المحددة</translation>
    </message>
    <message>
      <source>&amp;Go to matched claim</source>
      <translation>الانتقال إلى الادعاء المطابق</translation>
    </message>
    <message>
      <source>Open the article of the selected match</source>
      <translation>فتح مقالة المطابقة المحددة</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
      <source>Every shortcut of the desk</source>
      <translation>كل اختصارات المكتب</translation>
    </message>
    <message>
      <source>Verdict: &amp;Verified</source>
      <translation>الحكم: صحيح</translation>
    </message>
    <message>
      <source>Set the claim verdict to Verified</source>
      <translation>جعل حكم الادعاء «صحيح»</translation>
    </message>
    <message>
      <source>Verdict: &amp;Disputed</source>
      <translation>الحكم: محل خلاف</translation>
    </message>
    <message>
      <source>Set the claim verdict to Disputed</source>
      <translation>جعل حكم الادعاء «محل خلاف»</translation>
    </message>
    <message>
      <source>Verdict: &amp;False</source>
      <translation>الحكم: زائف</translation>
    </message>
    <message>
      <source>Set the claim verdict to False</source>
      <translation>جعل حكم الادعاء «زائف»</translation>
    </message>
    <message>
      <source>Verdict: &amp;Misleading</source>
      <translation>الحكم: مضلل</translation>
    </message>
    <message>
      <source>Set the claim verdict to Misleading</source>
      <translation>جعل حكم الادعاء «مضلل»</translation>
    </message>
    <message>
      <source>Verdict: U&amp;nverifiable</source>
      <translation>الحكم: يتعذر التحقق</translation>
    </message>
    <message>
      <source>Set the claim verdict to Unverifiable</source>
      <translation>جعل حكم الادعاء «يتعذر التحقق منه»</translation>
    </message>
    <message>
      <source>Verdict: Un&amp;reviewed</source>
      <translation>الحكم: غير مراجَع</translation>
    </message>
    <message>
      <source>Clear the claim verdict</source>
      <translation>مسح حكم الادعاء</translation>
    </message>
    <message>
      <source>Attribution: &amp;Confirmed</source>
      <translation>الإسناد: مؤكَّد</translation>
    </message>
    <message>
      <source>The claim was really said by its source</source>
      <translation>قال المصدرُ الادعاءَ فعلًا</translation>
    </message>
    <message>
      <source>Attribution: &amp;Misattributed</source>
      <translation>الإسناد: منسوب خطأً</translation>
    </message>
    <message>
      <source>The source did not say it</source>
      <translation>لم يقله المصدر</translation>
    </message>
    <message>
      <source>Attribution: Source &amp;not found</source>
      <translation>الإسناد: المصدر غير موجود</translation>
    </message>
    <message>
      <source>The cited source could not be found</source>
      <translation>تعذر العثور على المصدر المذكور</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>ملف</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>تحرير</translation>
    </message>
    <message>
      <source>&amp;Review</source>
      <translation>مراجعة</translation>
    </message>
    <message>
      <source>C&amp;hain</source>
      <translation>السلسلة</translation>
    </message>
    <message>
      <source>C&amp;laim</source>
      <translation>الادعاء</translation>
    </message>
    <message>
      <source>&amp;Matches</source>
      <translation>المطابقات</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>عرض</translation>
    </message>
    <message>
      <source>He&amp;lp</source>
      <translation>مساعدة</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <source>Opening the database (upgrading it if needed)…</source>
      <translation>جارٍ فتح قاعدة البيانات (وترقيتها إن لزم)…</translation>
    </message>
    <message>
      <source>Welcome to Isnad</source>
      <translation>مرحبًا بك في إسناد</translation>
    </message>
    <message>
      <source>Your name, as it should appear in the review history:</source>
      <translation>اسمك كما سيظهر في سجل المراجعة:</translation>
    </message>
    <message>
      <source>An empty desk</source>
      <translation>مكتب فارغ</translation>
    </message>
    <message>
      <source>There are no articles yet. Open the sample article (an Arabic news report whose claims are attributed through The Sun and The Washington Post) to see the desk at work?</source>
      <translation>لا توجد مقالات بعد. هل تفتح المقالة النموذجية (تقرير إخباري عربي تُسند ادعاءاته عبر «ذا صن» و«واشنطن بوست») لترى المكتب وهو يعمل؟</translation>
    </message>
    <message>
      <source>Unexpected error</source>
      <translation>خطأ غير متوقع</translation>
    </message>
    <message>
      <source>Something went wrong: %1
Your stored edits are safe.</source>
      <translation>حدث خطأ: %1
تعديلاتك المحفوظة في أمان.</translation>
    </message>
  </context>
  <context>
    <name>ClaimsBrowser</name>
    <message>
      <source>Claims browser</source>
      <translation>متصفح الادعاءات</translation>
    </message>
    <message>
      <source>Search claim text (every word, either script)</source>
      <translation>ابحث في نص الادعاء (كل الكلمات، بالعربية أو الإنجليزية)</translation>
    </message>
    <message>
      <source>&amp;Search</source>
      <translation>بحث (&amp;S)</translation>
    </message>
    <message>
      <source>Enter opens the claim in the desk · Ctrl+E exports the selected claims · Ctrl+F searches · Esc clears the search, then closes · F1 lists the keys</source>
      <translation>Enter يفتح الادعاء في المكتب · Ctrl+E يصدّر الادعاءات المحددة · Ctrl+F للبحث · Esc يمسح البحث ثم يغلق · F1 يعرض المفاتيح</translation>
    </message>
    <message>
      <source>1 claim</source>
      <translation>ادعاء واحد</translation>
    </message>
    <message>
      <source>YYYY[-MM[-DD]]</source>
      <translation>YYYY[-MM[-DD]]</translation>
    </message>
    <message>
      <source>Open in the desk</source>
      <translation>فتح في المكتب</translation>
    </message>
    <message>
      <source>Open the current claim in the desk</source>
      <translation>فتح الادعاء الحالي في المكتب</translation>
    </message>
    <message>
      <source>Export the selection…</source>
      <translation>تصدير المحدد…</translation>
    </message>
    <message>
      <source>Export the selected claims</source>
      <translation>تصدير الادعاءات المحددة</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>بحث</translation>
    </message>
    <message>
      <source>Search the claims' text</source>
      <translation>البحث في نصوص الادعاءات</translation>
    </message>
    <message>
      <source>Clear the search or close</source>
      <translation>مسح البحث أو الإغلاق</translation>
    </message>
    <message>
      <source>Clear the search; if it is empty, close</source>
      <translation>مسح البحث؛ وإن كان فارغًا فالإغلاق</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
      <source>The browser's keys</source>
      <translation>مفاتيح المتصفح</translation>
    </message>
    <message>
      <source>&amp;Verdict</source>
      <translation>الحكم (&amp;V)</translation>
    </message>
    <message>
      <source>A&amp;ttribution</source>
      <translation>الإسناد (&amp;T)</translation>
    </message>
    <message>
      <source>Source &amp;kind</source>
      <translation>نوع المصدر (&amp;K)</translation>
    </message>
    <message>
      <source>&amp;Reviewer</source>
      <translation>المراجِع (&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>اللغة (&amp;L)</translation>
    </message>
    <message>
      <source>&amp;Outlet</source>
      <translation>الوسيلة (&amp;O)</translation>
    </message>
    <message>
      <source>&amp;Article</source>
      <translation>المقالة (&amp;A)</translation>
    </message>
    <message>
      <source>&amp;From</source>
      <translation>من (&amp;F)</translation>
    </message>
    <message>
      <source>T&amp;o</source>
      <translation>إلى (&amp;O)</translation>
    </message>
    <message>
      <source>Any</source>
      <translation>الكل</translation>
    </message>
    <message>
      <source>a search word is very common: only its best-matching claims are kept</source>
      <translation>إحدى كلمات البحث شائعة جدًا: أُبقي على أفضل الادعاءات مطابقةً فقط</translation>
    </message>
    <message>
      <source>Select the claims to export first (Ctrl+A selects them all).</source>
      <translation>حدّد الادعاءات المراد تصديرها أولًا (Ctrl+A يحددها كلها).</translation>
    </message>
    <message>
      <source>Write dates as 2024, 2024-03 or 2024-03-05.</source>
      <translation>اكتب التواريخ هكذا: 2024 أو 2024-03 أو 2024-03-05.</translation>
    </message>
    <message>
      <source>%1 claims</source>
      <translation>عدد الادعاءات: %1</translation>
    </message>
    <message>
      <source>No source (unattributed)</source>
      <translation>بلا مصدر (غير مسند)</translation>
    </message>
    <message>
      <source>Claim</source>
      <translation>الادعاء</translation>
    </message>
    <message>
      <source>Chain</source>
      <translation>سلسلة الإسناد</translation>
    </message>
    <message>
      <source>Claim verdict</source>
      <translation>حكم الادعاء</translation>
    </message>
    <message>
      <source>Attribution</source>
      <translation>الإسناد</translation>
    </message>
    <message>
      <source>Article</source>
      <translation>المقالة</translation>
    </message>
    <message>
      <source>Publisher</source>
      <translation>الناشر</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <source>Lang.</source>
      <translation>اللغة</translation>
    </message>
    <message>
      <source>(unattributed)</source>
      <translation>(غير مسند)</translation>
    </message>
    <message>
      <source>%1 — the chain's verification changed since: a new article of a cited outlet</source>
      <translation>%1 — تغيّر التحقق من السلسلة منذ ذلك الحين: مقالة جديدة لوسيلة إعلام مذكورة</translation>
    </message>
  </context>
  <context>
    <name>CatalogEdits</name>
    <message>
      <source>New outlet “%1”</source>
      <translation>وسيلة إعلام جديدة «%1»</translation>
    </message>
    <message>
      <source>Edit outlet “%1”</source>
      <translation>تعديل وسيلة الإعلام «%1»</translation>
    </message>
    <message>
      <source>Add alias “%1” to %2</source>
      <translation>إضافة الاسم البديل «%1» إلى %2</translation>
    </message>
    <message>
      <source>Remove alias “%1” from %2</source>
      <translation>حذف الاسم البديل «%1» من %2</translation>
    </message>
    <message>
      <source>Show “%1” as the Arabic name of %2</source>
      <translation>عرض «%1» اسمًا عربيًا لـ %2</translation>
    </message>
    <message>
      <source>New source “%1”</source>
      <translation>مصدر جديد «%1»</translation>
    </message>
    <message>
      <source>Edit source “%1”</source>
      <translation>تعديل المصدر «%1»</translation>
    </message>
    <message>
      <source>Merge “%1” into %2</source>
      <translation>دمج «%1» في %2</translation>
    </message>
  </context>
  <context>
    <name>CatalogManager</name>
    <message>
      <source>Filter (both scripts)</source>
      <translation>تصفية (بالعربية أو اللاتينية)</translation>
    </message>
    <message>
      <source>New alias, e.g. صن</source>
      <translation>اسم بديل جديد، مثل: صن</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>البلد</translation>
    </message>
    <message>
      <source>Web domain</source>
      <translation>نطاق الموقع</translation>
    </message>
    <message>
      <source>Add alias</source>
      <translation>إضافة اسم بديل</translation>
    </message>
    <message>
      <source>Remove alias</source>
      <translation>حذف الاسم البديل</translation>
    </message>
    <message>
      <source>Use as Arabic name</source>
      <translation>اعتماده اسمًا عربيًا</translation>
    </message>
    <message>
      <source>The Arabic UI shows the outlet by this alias</source>
      <translation>تعرض الواجهة العربية الوسيلة بهذا الاسم</translation>
    </message>
    <message>
      <source>Arabic name</source>
      <translation>الاسم العربي</translation>
    </message>
    <message>
      <source>New outlet</source>
      <translation>وسيلة إعلامية جديدة</translation>
    </message>
    <message>
      <source>Outlet name:</source>
      <translation>اسم الوسيلة الإعلامية:</translation>
    </message>
    <message>
      <source>Merge duplicate outlet</source>
      <translation>دمج وسيلة إعلامية مكررة</translation>
    </message>
    <message>
      <source>Merged.</source>
      <translation>تم الدمج.</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>الصفة</translation>
    </message>
    <message>
      <source>Affiliation</source>
      <translation>الانتماء</translation>
    </message>
    <message>
      <source>New source</source>
      <translation>مصدر جديد</translation>
    </message>
    <message>
      <source>Name (or role, for an anonymous source):</source>
      <translation>الاسم (أو الصفة لمصدر مجهول):</translation>
    </message>
    <message>
      <source>Merge duplicate</source>
      <translation>دمج المكرر</translation>
    </message>
    <message>
      <source>Merged; every hop now points at the kept source.</source>
      <translation>تم الدمج؛ كل الحلقات تشير الآن إلى المصدر المُبقى عليه.</translation>
    </message>
    <message>
      <source>Source catalog</source>
      <translation>فهرس المصادر</translation>
    </message>
    <message>
      <source>Outlets</source>
      <translation>الوسائل الإعلامية</translation>
    </message>
    <message>
      <source>Catalog changes are stored at once; Ctrl+Z undoes them, here or in the desk. Merges move every hop to the kept entry.</source>
      <translation>تُحفظ تغييرات الفهرس فورًا، ويتراجع عنها Ctrl+Z هنا أو في مكتب المراجعة. والدمج ينقل كل الحلقات إلى المدخل المُبقى عليه.</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>تراجع</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>إعادة</translation>
    </message>
    <message>
      <source>Save changes</source>
      <translation>حفظ التغييرات</translation>
    </message>
    <message>
      <source>New outlet…</source>
      <translation>وسيلة إعلامية جديدة…</translation>
    </message>
    <message>
      <source>Merge into…</source>
      <translation>دمج في…</translation>
    </message>
    <message>
      <source>Aliases (every spelling, both scripts)</source>
      <translation>الأسماء البديلة (كل الكتابات، بالعربية واللاتينية)</translation>
    </message>
    <message>
      <source>Arabic name set.</source>
      <translation>عُيّن الاسم العربي.</translation>
    </message>
    <message>
      <source>Nothing to save.</source>
      <translation>لا شيء لحفظه.</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>حُفظ.</translation>
    </message>
    <message>
      <source>Outlet added.</source>
      <translation>أضيفت الوسيلة الإعلامية.</translation>
    </message>
    <message>
      <source>Alias added.</source>
      <translation>أضيف الاسم البديل.</translation>
    </message>
    <message>
      <source>Alias removed.</source>
      <translation>حُذف الاسم البديل.</translation>
    </message>
    <message>
      <source>Merge outlets</source>
      <translation>دمج الوسائل الإعلامية</translation>
    </message>
    <message>
      <source>New…</source>
      <translation>جديد…</translation>
    </message>
    <message>
      <source>Added.</source>
      <translation>أضيف.</translation>
    </message>
    <message>
      <source>Persons</source>
      <translation>الأشخاص</translation>
    </message>
    <message>
      <source>Organizations</source>
      <translation>الهيئات</translation>
    </message>
    <message>
      <source>Merge “%1” into:</source>
      <translation>دمج «%1» في:</translation>
    </message>
    <message>
      <source>Every hop, article and alias of “%1” will move to “%2” (Ctrl+Z undoes it). Merge?</source>
      <translation>ستنتقل كل حلقات «%1» ومقالاته وأسمائه البديلة إلى «%2» (يتراجع عن ذلك Ctrl+Z). هل تدمج؟</translation>
    </message>
  </context>
  <context>
    <name>CheatSheet</name>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
      <source>Command</source>
      <translation>الأمر</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>المفاتيح</translation>
    </message>
    <message>
      <source>What it does</source>
      <translation>ما يفعله</translation>
    </message>
  </context>
  <context>
    <name>Dashboard</name>
    <message>
      <source>Disputed or false (of reviewed)</source>
      <translation>محل نزاع أو كاذب (من المراجَعة)</translation>
    </message>
    <message>
      <source>Misattributed (of checked)</source>
      <translation>إسناد خاطئ (من المفحوصة)</translation>
    </message>
    <message>
      <source>Anonymous source (of claims)</source>
      <translation>مصدر مجهول (من الادعاءات)</translation>
    </message>
    <message>
      <source>Outlets and sources dashboard</source>
      <translation>لوحة الوسائل الإعلامية والمصادر</translation>
    </message>
    <message>
      <source>Articles whose title or publisher holds… (empty: all)</source>
      <translation>المقالات التي يتضمن عنوانها أو ناشرها… (فارغ: الكل)</translation>
    </message>
    <message>
      <source>Every outlet</source>
      <translation>كل الوسائل</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>اللوحة</translation>
    </message>
    <message>
      <source>Outlet report…</source>
      <translation>تقرير الوسائل الإعلامية…</translation>
    </message>
    <message>
      <source>&amp;Outlet</source>
      <translation>الوسيلة (&amp;O)</translation>
    </message>
    <message>
      <source>Per o&amp;utlet</source>
      <translation>حسب الوسيلة (&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Month by month</source>
      <translation>شهرًا بشهر (&amp;M)</translation>
    </message>
    <message>
      <source>&amp;Who cites whom</source>
      <translation>من ينقل عمّن (&amp;W)</translation>
    </message>
    <message>
      <source>Counting…</source>
      <translation>جارٍ العدّ…</translation>
    </message>
    <message>
      <source>Save chart as PNG</source>
      <translation>حفظ الرسم بصيغة PNG</translation>
    </message>
    <message>
      <source>YYYY[-MM[-DD]]</source>
      <translation>YYYY[-MM[-DD]]</translation>
    </message>
    <message>
      <source>&amp;From</source>
      <translation>من (&amp;F)</translation>
    </message>
    <message>
      <source>&amp;To</source>
      <translation>إلى (&amp;T)</translation>
    </message>
    <message>
      <source>&amp;Articles</source>
      <translation>المقالات (&amp;A)</translation>
    </message>
    <message>
      <source>No outlet is named in these claims.</source>
      <translation>لا تُذكر أي وسيلة إعلامية في هذه الادعاءات.</translation>
    </message>
    <message>
      <source>Claims</source>
      <translation>الادعاءات</translation>
    </message>
    <message>
      <source>No claims in these dates.</source>
      <translation>لا ادعاءات في هذه التواريخ.</translation>
    </message>
    <message>
      <source>Outlet</source>
      <translation>الوسيلة</translation>
    </message>
    <message>
      <source>Disputed or false</source>
      <translation>محل نزاع أو كاذب</translation>
    </message>
    <message>
      <source>Misattributed</source>
      <translation>إسناد خاطئ</translation>
    </message>
    <message>
      <source>Anonymous source</source>
      <translation>مصدر مجهول</translation>
    </message>
    <message>
      <source>Reviewed</source>
      <translation>المراجَعة</translation>
    </message>
    <message>
      <source>Outlets: disputed or false, misattributed, anonymous</source>
      <translation>الوسائل الإعلامية: محل نزاع أو كاذب، إسناد خاطئ، مصادر مجهولة</translation>
    </message>
    <message>
      <source>Month by month</source>
      <translation>شهرًا بشهر</translation>
    </message>
    <message>
      <source>Save chart as PNG…</source>
      <translation>حفظ الرسم بصيغة PNG…</translation>
    </message>
    <message>
      <source>Write dates as 2024, 2024-03 or 2024-03-05.</source>
      <translation>اكتب التواريخ هكذا: 2024 أو 2024-03 أو 2024-03-05.</translation>
    </message>
    <message>
      <source>undated</source>
      <translation>بلا تاريخ</translation>
    </message>
    <message>
      <source>%1 claims, %2 outlets named in their chains</source>
      <translation>عدد الادعاءات: %1، والوسائل المذكورة في سلاسلها: %2</translation>
    </message>
    <message>
      <source>Saved %1</source>
      <translation>حُفظ %1</translation>
    </message>
    <message>
      <source>Could not save %1</source>
      <translation>تعذّر حفظ %1</translation>
    </message>
    <message>
      <source>Save the chart on screen as a PNG file</source>
      <translation>حفظ الرسم المعروض في ملف PNG</translation>
    </message>
    <message>
      <source>Count again</source>
      <translation>إعادة العدّ</translation>
    </message>
    <message>
      <source>Count the claims again with the filters shown</source>
      <translation>إعادة عدّ الادعاءات بالمرشحات المعروضة</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>إغلاق</translation>
    </message>
    <message>
      <source>Close the dashboard</source>
      <translation>إغلاق اللوحة</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
      <source>The dashboard's keys</source>
      <translation>مفاتيح اللوحة</translation>
    </message>
  </context>
  <context>
    <name>ArticleAdmin</name>
    <message>
      <source>Article details</source>
      <translation>بيانات المقالة</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(لا يوجد)</translation>
    </message>
    <message>
      <source>YYYY-MM-DD</source>
      <translation>YYYY-MM-DD</translation>
    </message>
    <message>
      <source>&amp;Title</source>
      <translation>العنوان (&amp;T)</translation>
    </message>
    <message>
      <source>&amp;Publisher</source>
      <translation>الناشر (&amp;P)</translation>
    </message>
    <message>
      <source>&amp;Address (URL)</source>
      <translation>الرابط (&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Date</source>
      <translation>التاريخ (&amp;D)</translation>
    </message>
    <message>
      <source>The article's text stays as imported. Every change is in the history and undoable.</source>
      <translation>يبقى نص المقالة كما استُورد. كل تغيير مسجّل في السجل ويمكن التراجع عنه.</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation>لم يُحفظ</translation>
    </message>
    <message>
      <source>Delete article “%1”</source>
      <translation>حذف المقالة «%1»</translation>
    </message>
    <message>
      <source>Use %1, credited in the dateline</source>
      <translation>استخدم %1 المذكورة في سطر المصدر</translation>
    </message>
    <message>
      <source>“%1” is not in the catalog: pick an outlet from the list, or add it in the source catalog (Ctrl+K) first.</source>
      <translation>«%1» ليست في الفهرس: اختر وسيلة من القائمة، أو أضفها إلى فهرس المصادر (Ctrl+K) أولًا.</translation>
    </message>
    <message>
      <source>“%1” is not a date: write it as YYYY-MM-DD.</source>
      <translation>«%1» ليس تاريخًا: اكتبه بالصيغة YYYY-MM-DD.</translation>
    </message>
  </context>
  <context>
    <name>ArticleList</name>
    <message>
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <source>Publisher</source>
      <translation>الناشر</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <source>Lang.</source>
      <translation>اللغة</translation>
    </message>
    <message>
      <source>Reviewed</source>
      <translation>المراجَع</translation>
    </message>
    <message>
      <source>Filter articles by title or publisher (Ctrl+F)</source>
      <translation>تصفية المقالات بالعنوان أو الناشر (Ctrl+F)</translation>
    </message>
    <message>
      <source>%1/%2 reviewed</source>
      <translation>رُوجع %1 من %2</translation>
    </message>
  </context>
  <context>
    <name>ArticleReader</name>
    <message>
      <source>Pick an article in the list, or import one (Ctrl+O).</source>
      <translation>اختر مقالة من القائمة، أو استورد واحدة (Ctrl+O).</translation>
    </message>
  </context>
  <context>
    <name>ClaimInspector</name>
    <message>
      <source>✓ confirmed</source>
      <translation>✓ مؤكَّد</translation>
    </message>
    <message>
      <source>unconfirmed</source>
      <translation>غير مؤكَّد</translation>
    </message>
    <message>
      <source>confirmed by a reviewer</source>
      <translation>أكّده مراجع</translation>
    </message>
    <message>
      <source>not confirmed yet</source>
      <translation>لم يُؤكَّد بعد</translation>
    </message>
    <message>
      <source>Your note on this claim (stored as you type; undo with Ctrl+Z)</source>
      <translation>ملاحظتك على هذا الادعاء (تُحفظ أثناء الكتابة؛ للتراجع Ctrl+Z)</translation>
    </message>
    <message>
      <source>Add link…</source>
      <translation>إضافة رابط…</translation>
    </message>
    <message>
      <source>Remove link…</source>
      <translation>حذف رابط…</translation>
    </message>
    <message>
      <source>No claim selected. Pick an article, then press J for its first claim.</source>
      <translation>لم يُحدَّد ادعاء. اختر مقالة ثم اضغط J لأول ادعاء فيها.</translation>
    </message>
    <message>
      <source>Add evidence link</source>
      <translation>إضافة رابط دليل</translation>
    </message>
    <message>
      <source>Web address (https://…):</source>
      <translation>عنوان الويب (https://…):</translation>
    </message>
    <message>
      <source>Remove evidence link</source>
      <translation>حذف رابط دليل</translation>
    </message>
    <message>
      <source>Link:</source>
      <translation>الرابط:</translation>
    </message>
    <message>
      <source>Chain of attribution</source>
      <translation>سلسلة الإسناد</translation>
    </message>
    <message>
      <source>Claim verdict</source>
      <translation>حكم الادعاء</translation>
    </message>
    <message>
      <source>Attribution verdict</source>
      <translation>حكم الإسناد</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>ملاحظة</translation>
    </message>
    <message>
      <source>Evidence</source>
      <translation>الأدلة</translation>
    </message>
    <message>
      <source>Add hop  A</source>
      <translation>إضافة حلقة  A</translation>
    </message>
    <message>
      <source>Add a source at the inner end of the chain (A)</source>
      <translation>إضافة مصدر في الطرف الداخلي للسلسلة (A)</translation>
    </message>
    <message>
      <source>Replace  R</source>
      <translation>استبدال  R</translation>
    </message>
    <message>
      <source>Pick another source for the selected hop (R)</source>
      <translation>اختيار مصدر آخر للحلقة المحددة (R)</translation>
    </message>
    <message>
      <source>Confirm chain  C</source>
      <translation>تأكيد السلسلة  C</translation>
    </message>
    <message>
      <source>Mark every hop as checked (C)</source>
      <translation>وسم كل الحلقات بأنها مُتحقَّق منها (C)</translation>
    </message>
    <message>
      <source>Outward  [</source>
      <translation>إلى الخارج  [</translation>
    </message>
    <message>
      <source>Move the selected hop one step outward ([)</source>
      <translation>نقل الحلقة المحددة خطوة إلى الخارج ([)</translation>
    </message>
    <message>
      <source>Inward  ]</source>
      <translation>إلى الداخل  ]</translation>
    </message>
    <message>
      <source>Move the selected hop one step inward (])</source>
      <translation>نقل الحلقة المحددة خطوة إلى الداخل (])</translation>
    </message>
    <message>
      <source>Remove hop</source>
      <translation>حذف الحلقة</translation>
    </message>
    <message>
      <source>Remove the selected hop (Shift+Delete)</source>
      <translation>حذف الحلقة المحددة (Shift+Delete)</translation>
    </message>
    <message>
      <source>Claim</source>
      <translation>الادعاء</translation>
    </message>
    <message>
      <source>No attribution cue</source>
      <translation>لا توجد عبارة إسناد</translation>
    </message>
    <message>
      <source>No source cited — add one with A</source>
      <translation>لم يُذكر مصدر — أضف واحدًا بالمفتاح A</translation>
    </message>
    <message>
      <source>new outlet: %1 (%2)</source>
      <translation>وسيلة إعلام جديدة: %1 (%2)</translation>
    </message>
    <message>
      <source>%1 · %2</source>
      <translation>%1 · %2</translation>
    </message>
    <message>
      <source>Cue: %1</source>
      <translation>عبارة الإسناد: %1</translation>
    </message>
    <message>
      <source>Claim %1 of %2</source>
      <translation>الادعاء %1 من %2</translation>
    </message>
    <message>
      <source>No evidence links yet</source>
      <translation>لا روابط أدلة بعد</translation>
    </message>
    <message>
      <source>%1 — hop %2 of the chain, %3; click to select, then R to replace it</source>
      <translation>%1 — الحلقة %2 من السلسلة، %3؛ انقر للتحديد ثم R للاستبدال</translation>
    </message>
  </context>
  <context>
    <name>HopVerification</name>
    <message>
      <source>No outlet of this chain is left to check: every outlet hop is found, or none is an outlet.</source>
      <translation>لم تبقَ في هذه السلسلة وسيلة إعلام للتحقق منها: عُثر على الادعاء في كل حلقاتها، أو ليس فيها وسيلة إعلام.</translation>
    </message>
    <message>
      <source>That article was already stored; the chain is verified against it.</source>
      <translation>هذه المقالة محفوظة من قبل؛ جرى التحقق من السلسلة بها.</translation>
    </message>
    <message>
      <source>No suggested attribution verdict for this claim yet.</source>
      <translation>لا حكم نسبة مقترح لهذا الادعاء بعد.</translation>
    </message>
    <message>
      <source>The attribution verdict is already the suggested one.</source>
      <translation>حكم النسبة هو الحكم المقترح بالفعل.</translation>
    </message>
    <message>
      <source>Accept suggested attribution %1</source>
      <translation>قبول النسبة المقترحة: %1</translation>
    </message>
    <message>
      <source>Import source article “%1”</source>
      <translation>استيراد مقالة المصدر «%1»</translation>
    </message>
    <message>
      <source>Optional: the outlet that published it, e.g. The Sun or صحيفة الصن</source>
      <translation>اختياري: الوسيلة التي نشرتها، مثل صحيفة الصن أو The Sun</translation>
    </message>
    <message>
      <source>Import this source's article</source>
      <translation>استيراد مقالة هذا المصدر</translation>
    </message>
    <message>
      <source>The saved page or text of the article</source>
      <translation>الصفحة المحفوظة أو نص المقالة</translation>
    </message>
    <message>
      <source>&amp;Choose file…</source>
      <translation>ا&amp;ختيار ملف…</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>الم&amp;لف</translation>
    </message>
    <message>
      <source>&amp;Publisher</source>
      <translation>ال&amp;ناشر</translation>
    </message>
    <message>
      <source>Import and verify</source>
      <translation>استيراد وتحقق</translation>
    </message>
    <message>
      <source>Not imported</source>
      <translation>لم يُستورد</translation>
    </message>
    <message>
      <source>Choose the article's file first.</source>
      <translation>اختر ملف المقالة أولًا.</translation>
    </message>
    <message>
      <source>The chain of this claim is verified again as soon as the article is stored (%1).</source>
      <translation>يُعاد التحقق من سلسلة هذا الادعاء فور حفظ المقالة (%1).</translation>
    </message>
    <message>
      <source>found</source>
      <translation>عُثر عليه</translation>
    </message>
    <message>
      <source>not found</source>
      <translation>لم يُعثر عليه</translation>
    </message>
    <message>
      <source>nothing to check</source>
      <translation>لا شيء للتحقق منه</translation>
    </message>
    <message>
      <source>⚠ its article credits %1: possible misattribution</source>
      <translation>⚠ مقالتها تنسبه إلى %1: نسبة خاطئة محتملة</translation>
    </message>
    <message>
      <source>: none of its articles stored</source>
      <translation>: لا مقالات محفوظة لها</translation>
    </message>
    <message>
      <source>: %1 article(s) of it stored, none says it</source>
      <translation>: %1 من مقالاتها محفوظة، ولا تقوله أيٌّ منها</translation>
    </message>
    <message>
      <source>Verification</source>
      <translation>التحقق</translation>
    </message>
    <message>
      <source>No suggestion: no hop could be checked. Import a source's article with I.</source>
      <translation>لا اقتراح: لم يمكن التحقق من أي حلقة. استورد مقالة مصدر بالمفتاح I.</translation>
    </message>
    <message>
      <source>Checking again…</source>
      <translation>جارٍ التحقق من جديد…</translation>
    </message>
    <message>
      <source>Checking each hop against its outlet's stored articles…</source>
      <translation>جارٍ التحقق من كل حلقة بمقالات وسيلتها المحفوظة…</translation>
    </message>
    <message>
      <source>Not verified yet.</source>
      <translation>لم يُتحقق منه بعد.</translation>
    </message>
    <message>
      <source>: article %1%2, %3 % similar</source>
      <translation>: المقالة %1%2، تشابه %3٪</translation>
    </message>
    <message>
      <source>Hop %1 found in “%2”:</source>
      <translation>الحلقة %1 موجودة في «%2»:</translation>
    </message>
    <message>
      <source>Earliest appearance: article %1, %2</source>
      <translation>أقدم ظهور: المقالة %1، %2</translation>
    </message>
    <message>
      <source>Suggested attribution: %1 — press %2 to accept</source>
      <translation>النسبة المقترحة: %1 — اضغط %2 للقبول</translation>
    </message>
  </context>
  <context>
    <name>ImportFlow</name>
    <message>
      <source>Reading the file…</source>
      <translation>قراءة الملف…</translation>
    </message>
    <message>
      <source>Storing claims: %1 of %2</source>
      <translation>حفظ الادعاءات: %1 من %2</translation>
    </message>
    <message>
      <source>Indexing claims for matching: %1 of %2</source>
      <translation>فهرسة الادعاءات للمطابقة: %1 من %2</translation>
    </message>
    <message>
      <source>Import report</source>
      <translation>تقرير الاستيراد</translation>
    </message>
    <message>
      <source>Paste as new article</source>
      <translation>لصق كمقالة جديدة</translation>
    </message>
    <message>
      <source>Optional: the first line is used otherwise</source>
      <translation>اختياري: يُستخدم السطر الأول إن تُرك فارغًا</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>استيراد</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <source>Publisher</source>
      <translation>الناشر</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>النص</translation>
    </message>
    <message>
      <source>Import articles</source>
      <translation>استيراد مقالات</translation>
    </message>
    <message numerus="yes">
      <source>Importing %n file(s)…</source>
      <translation>
        <numerusform>جارٍ استيراد %n ملف…</numerusform>
        <numerusform>جارٍ استيراد ملف واحد…</numerusform>
        <numerusform>جارٍ استيراد ملفين…</numerusform>
        <numerusform>جارٍ استيراد %n ملفات…</numerusform>
        <numerusform>جارٍ استيراد %n ملفًا…</numerusform>
        <numerusform>جارٍ استيراد %n ملف…</numerusform>
      </translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <source>Probably not one article</source>
      <translation>على الأرجح ليست مقالة واحدة</translation>
    </message>
    <message>
      <source>Split at headlines</source>
      <translation>التقسيم عند العناوين</translation>
    </message>
    <message>
      <source>Store as one article</source>
      <translation>الحفظ كمقالة واحدة</translation>
    </message>
    <message numerus="yes">
      <source>%n NUL character(s) removed from the pasted text.</source>
      <translation>
        <numerusform>لم يُزل أي محرف NUL من النص الملصق.</numerusform>
        <numerusform>أُزيل محرف NUL واحد من النص الملصق.</numerusform>
        <numerusform>أُزيل محرفا NUL من النص الملصق.</numerusform>
        <numerusform>أُزيلت %n محارف NUL من النص الملصق.</numerusform>
        <numerusform>أُزيل %n محرفًا NUL من النص الملصق.</numerusform>
        <numerusform>أُزيل %n محرف NUL من النص الملصق.</numerusform>
      </translation>
    </message>
    <message>
      <source>Import was cancelled; the articles already imported are kept.</source>
      <translation>أُلغي الاستيراد؛ وبقيت المقالات التي استوردت قبل ذلك.</translation>
    </message>
    <message>
      <source>File</source>
      <translation>الملف</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>النتيجة</translation>
    </message>
    <message>
      <source>Finding claims: %1 % of the text read</source>
      <translation>البحث عن الادعاءات: قُرئ %1 % من النص</translation>
    </message>
    <message numerus="yes">
      <source>imported with %n claim(s)</source>
      <translation>
        <numerusform>استُورد بلا ادعاءات</numerusform>
        <numerusform>استُورد مع ادعاء واحد</numerusform>
        <numerusform>استُورد مع ادعاءين</numerusform>
        <numerusform>استُورد مع %n ادعاءات</numerusform>
        <numerusform>استُورد مع %n ادعاءً</numerusform>
        <numerusform>استُورد مع %n ادعاء</numerusform>
      </translation>
    </message>
    <message>
      <source>These files are long enough to hold thousands of claims each: probably several articles one after another.

%1

Split them into one article per headline (a short line alone between blank lines), or store each file as one article?</source>
      <translation>هذه الملفات طويلة بما يكفي لتحمل آلاف الادعاءات لكلٍّ منها: على الأرجح عدة مقالات متتالية.

%1

هل تُقسَّم إلى مقالة لكل عنوان (سطر قصير وحده بين سطرين فارغين)، أم يُحفظ كل ملف مقالةً واحدة؟</translation>
    </message>
    <message>
      <source>already in the desk: %1</source>
      <translation>موجودة في المكتب بالفعل: %1</translation>
    </message>
    <message>
      <source>%1 imported, %2 already in the desk, %3 refused.</source>
      <translation>استُورد %1، وكان %2 موجودًا بالفعل، ورُفض %3.</translation>
    </message>
    <message>
      <source>%1 (%2 of %3)</source>
      <translation>%1 (%2 من %3)</translation>
    </message>
  </context>
  <context>
    <name>LiveRefresh</name>
    <message>
      <source>just now</source>
      <translation>قبل لحظات</translation>
    </message>
    <message>
      <source>%1 min ago</source>
      <translation>قبل %1 د</translation>
    </message>
    <message>
      <source>%1 is reviewing this</source>
      <translation>يراجعه الآن: %1</translation>
    </message>
    <message>
      <source>%1 are reviewing this</source>
      <translation>يراجعونه الآن: %1</translation>
    </message>
    <message>
      <source>Last changed by %1, %2</source>
      <translation>آخر تعديل: %1، %2</translation>
    </message>
  </context>
  <context>
    <name>MatchActions</name>
    <message>
      <source>Nothing to confirm: %1.</source>
      <translation>لا شيء لتأكيده: %1.</translation>
    </message>
    <message>
      <source>Nothing to reject: %1.</source>
      <translation>لا شيء لرفضه: %1.</translation>
    </message>
    <message>
      <source>Nothing to go to: %1.</source>
      <translation>لا شيء للانتقال إليه: %1.</translation>
    </message>
  </context>
  <context>
    <name>MatchesPanel</name>
    <message>
      <source>no match is selected</source>
      <translation>لم تُحدَّد أي مطابقة</translation>
    </message>
    <message>
      <source>Match</source>
      <translation>التطابق</translation>
    </message>
    <message>
      <source>Stored claim</source>
      <translation>الادعاء المحفوظ</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>اللغة</translation>
    </message>
    <message>
      <source>Article / outlet</source>
      <translation>المقالة / الوسيلة</translation>
    </message>
    <message>
      <source>Verdicts</source>
      <translation>الأحكام</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>الربط</translation>
    </message>
    <message>
      <source>Similarity</source>
      <translation>التشابه</translation>
    </message>
    <message>
      <source>Claim verdict</source>
      <translation>حكم الادعاء</translation>
    </message>
    <message>
      <source>Attribution verdict</source>
      <translation>حكم الإسناد</translation>
    </message>
    <message>
      <source>Matches</source>
      <translation>المطابقات</translation>
    </message>
    <message>
      <source>Match details</source>
      <translation>تفاصيل المطابقة</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>التفاصيل</translation>
    </message>
    <message>
      <source>Show the selected match's full text, verdicts, fact-check and language</source>
      <translation>عرض النص الكامل للمطابقة المحددة وأحكامها وتدقيقها ولغتها</translation>
    </message>
    <message>
      <source>Confirm</source>
      <translation>تأكيد</translation>
    </message>
    <message>
      <source>Confirm that the selected stored claim is the same claim (Ctrl+Enter)</source>
      <translation>تأكيد أن الادعاء المحفوظ المحدد هو الادعاء نفسه (Ctrl+Enter)</translation>
    </message>
    <message>
      <source>Reject</source>
      <translation>رفض</translation>
    </message>
    <message>
      <source>Reject the selected match: not the same claim (Ctrl+Backspace)</source>
      <translation>رفض المطابقة المحددة: ليست الادعاء نفسه (Ctrl+Backspace)</translation>
    </message>
    <message>
      <source>Go to claim</source>
      <translation>الانتقال إلى الادعاء</translation>
    </message>
    <message>
      <source>Open the selected stored claim in its article, or its details if it has none (Ctrl+G)</source>
      <translation>فتح الادعاء المحفوظ المحدد في مقاله، أو تفاصيله إن لم يكن له مقال (Ctrl+G)</translation>
    </message>
    <message>
      <source>Finding matches…</source>
      <translation>جارٍ البحث عن مطابقات…</translation>
    </message>
    <message>
      <source>no claim is open</source>
      <translation>لا يوجد ادعاء مفتوح</translation>
    </message>
    <message>
      <source>its matches are still being looked up</source>
      <translation>ما زال البحث عن مطابقاته جاريًا</translation>
    </message>
    <message>
      <source>no stored claim matches this claim</source>
      <translation>لا يطابق هذا الادعاءَ أيُّ ادعاء محفوظ</translation>
    </message>
    <message>
      <source>Arabic</source>
      <translation>العربية</translation>
    </message>
    <message>
      <source>English</source>
      <translation>الإنجليزية</translation>
    </message>
    <message>
      <source>Verdicts of its cluster</source>
      <translation>أحكام مجموعتها</translation>
    </message>
    <message>
      <source>Fact-check</source>
      <translation>التدقيق</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <source>Article</source>
      <translation>المقالة</translation>
    </message>
    <message>
      <source>Archive id</source>
      <translation>رقم الأرشيف</translation>
    </message>
    <message>
      <source>No stored claim matches this one.</source>
      <translation>لا يطابق هذا الادعاءَ أيُّ ادعاء محفوظ.</translation>
    </message>
    <message>
      <source>1 match</source>
      <translation>مطابقة واحدة</translation>
    </message>
    <message>
      <source>Matching failed: %1</source>
      <translation>فشلت المطابقة: %1</translation>
    </message>
    <message>
      <source>Semantic matching: vectors for %1 of %2 stored claims</source>
      <translation>المطابقة الدلالية: متجهات لـ %1 من %2 ادعاءً محفوظًا</translation>
    </message>
    <message>
      <source>%1 matches</source>
      <translation>%1 مطابقات</translation>
    </message>
  </context>
  <context>
    <name>SourcePicker</name>
    <message>
      <source>Type a name in Arabic or English, e.g. صن or sun</source>
      <translation>اكتب اسمًا بالعربية أو الإنجليزية، مثل: صن أو sun</translation>
    </message>
    <message>
      <source>Use this source</source>
      <translation>استخدام هذا المصدر</translation>
    </message>
    <message>
      <source>Or create a new source</source>
      <translation>أو أنشئ مصدرًا جديدًا</translation>
    </message>
    <message>
      <source>e.g. يحيى رسول</source>
      <translation>مثل: يحيى رسول</translation>
    </message>
    <message>
      <source>e.g. a major in the Iraqi special forces</source>
      <translation>مثل: رائد بالقوات العراقية الخاصة</translation>
    </message>
    <message>
      <source>Create and use</source>
      <translation>إنشاء واستخدام</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>الصفة</translation>
    </message>
    <message>
      <source>Affiliation</source>
      <translation>الانتماء</translation>
    </message>
    <message>
      <source>Pick a source</source>
      <translation>اختيار مصدر</translation>
    </message>
    <message>
      <source>Search the catalog (every alias, both scripts):</source>
      <translation>البحث في الفهرس (كل الأسماء البديلة، بالعربية واللاتينية):</translation>
    </message>
    <message>
      <source>No source matches; create it below.</source>
      <translation>لا يوجد مصدر مطابق؛ أنشئه أدناه.</translation>
    </message>
    <message>
      <source>matched “%1”</source>
      <translation>طابق «%1»</translation>
    </message>
  </context>
  <context>
    <name>Undo</name>
    <message>
      <source>Edit note</source>
      <translation>تعديل الملاحظة</translation>
    </message>
    <message>
      <source>Edit evidence links</source>
      <translation>تعديل روابط الأدلة</translation>
    </message>
    <message>
      <source>Add hop</source>
      <translation>إضافة حلقة</translation>
    </message>
    <message>
      <source>Remove hop</source>
      <translation>حذف الحلقة</translation>
    </message>
    <message>
      <source>Move hop</source>
      <translation>نقل حلقة</translation>
    </message>
    <message>
      <source>Confirm chain</source>
      <translation>تأكيد السلسلة</translation>
    </message>
    <message>
      <source>New claim</source>
      <translation>ادعاء جديد</translation>
    </message>
    <message>
      <source>Extend claim</source>
      <translation>توسيع الادعاء</translation>
    </message>
    <message>
      <source>Delete claim</source>
      <translation>حذف الادعاء</translation>
    </message>
    <message>
      <source>Split claim</source>
      <translation>تقسيم الادعاء</translation>
    </message>
    <message>
      <source>Merge claims</source>
      <translation>دمج الادعاءين</translation>
    </message>
    <message>
      <source>Set verdict %1</source>
      <translation>تعيين الحكم: %1</translation>
    </message>
    <message>
      <source>Set attribution %1</source>
      <translation>تعيين الإسناد: %1</translation>
    </message>
    <message>
      <source>Add outlet %1 to the catalog</source>
      <translation>إضافة وسيلة الإعلام %1 إلى الفهرس</translation>
    </message>
    <message>
      <source>Hop source: %1</source>
      <translation>مصدر الحلقة: %1</translation>
    </message>
  </context>
  <context>
    <name>UndoNotice</name>
    <message>
      <source>Undo</source>
      <translation>تراجع</translation>
    </message>
    <message>
      <source>Undo it (Ctrl+Z)</source>
      <translation>التراجع عنه (Ctrl+Z)</translation>
    </message>
  </context>
  <context>
    <name>DeskViews</name>
    <message>
      <source>Delete article</source>
      <translation>حذف المقالة</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>حذف</translation>
    </message>
    <message>
      <source>Open an article first.</source>
      <translation>افتح مقالة أولًا.</translation>
    </message>
    <message>
      <source>Delete “%1” and its %2 claims? They disappear from the desk, the browser and the reports. Undo (Ctrl+Z) brings them back.</source>
      <translation>حذف «%1» وادعاءاتها (%2)؟ ستختفي من المكتب والمتصفح والتقارير. التراجع (Ctrl+Z) يعيدها.</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>Export</source>
      <translation>تصدير</translation>
    </message>
    <message>
      <source>Outlet report</source>
      <translation>تقرير الوسائل الإعلامية</translation>
    </message>
    <message>
      <source>Every outlet</source>
      <translation>كل الوسائل</translation>
    </message>
    <message>
      <source>C&amp;hoose…</source>
      <translation>اختيار… (&amp;H)</translation>
    </message>
    <message>
      <source>&amp;Report</source>
      <translation>التقرير (&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Outlet</source>
      <translation>الوسيلة (&amp;O)</translation>
    </message>
    <message>
      <source>&amp;Format</source>
      <translation>الصيغة (&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Save as</source>
      <translation>الحفظ باسم (&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Export</source>
      <translation>تصدير (&amp;E)</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>فتح (&amp;O)</translation>
    </message>
    <message>
      <source>Export to</source>
      <translation>التصدير إلى</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>جارٍ التصدير…</translation>
    </message>
    <message>
      <source>Not exported</source>
      <translation>لم يُصدَّر</translation>
    </message>
    <message>
      <source>This review session</source>
      <translation>جلسة المراجعة هذه</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>إغلاق</translation>
    </message>
    <message>
      <source>Cancelled: nothing was written.</source>
      <translation>أُلغي: لم يُكتب شيء.</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
      <source>The selected claims (%1)</source>
      <translation>الادعاءات المحددة (%1)</translation>
    </message>
    <message>
      <source>Article report: %1</source>
      <translation>تقرير المقالة: %1</translation>
    </message>
    <message>
      <source>Written: %1</source>
      <translation>كُتب: %1</translation>
    </message>
  </context>
  <context>
    <name>Verdicts</name>
    <message>
      <source>Unreviewed</source>
      <translation>غير مراجَع</translation>
    </message>
    <message>
      <source>Verified</source>
      <translation>صحيح</translation>
    </message>
    <message>
      <source>Disputed</source>
      <translation>محل خلاف</translation>
    </message>
    <message>
      <source>False</source>
      <translation>زائف</translation>
    </message>
    <message>
      <source>Misleading</source>
      <translation>مضلل</translation>
    </message>
    <message>
      <source>Unverifiable</source>
      <translation>يتعذر التحقق</translation>
    </message>
    <message>
      <source>Unchecked</source>
      <translation>لم يُتحقق</translation>
    </message>
    <message>
      <source>Confirmed</source>
      <translation>مؤكَّد</translation>
    </message>
    <message>
      <source>Misattributed</source>
      <translation>منسوب خطأً</translation>
    </message>
    <message>
      <source>Source not found</source>
      <translation>المصدر غير موجود</translation>
    </message>
    <message>
      <source>Outlet</source>
      <translation>وسيلة إعلامية</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>شخص</translation>
    </message>
    <message>
      <source>Organization</source>
      <translation>هيئة</translation>
    </message>
    <message>
      <source>Anonymous</source>
      <translation>مجهول</translation>
    </message>
    <message>
      <source>newspaper</source>
      <translation>صحيفة</translation>
    </message>
    <message>
      <source>tabloid</source>
      <translation>صحيفة شعبية</translation>
    </message>
    <message>
      <source>broadcaster</source>
      <translation>محطة بث</translation>
    </message>
    <message>
      <source>news agency</source>
      <translation>وكالة أنباء</translation>
    </message>
    <message>
      <source>state-affiliated</source>
      <translation>تابعة للدولة</translation>
    </message>
    <message>
      <source>online</source>
      <translation>موقع إلكتروني</translation>
    </message>
    <message>
      <source>Suggested</source>
      <translation>مقترحة</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>مرفوضة</translation>
    </message>
    <message>
      <source>Likely the same</source>
      <translation>على الأرجح الادعاء نفسه</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Isnad — review desk</source>
      <translation>إسناد — مكتب المراجعة</translation>
    </message>
    <message>
      <source>Main</source>
      <translation>الرئيسي</translation>
    </message>
    <message>
      <source>Add a source to the chain</source>
      <translation>إضافة مصدر إلى السلسلة</translation>
    </message>
    <message>
      <source>Changed elsewhere</source>
      <translation>تغيّر من مكان آخر</translation>
    </message>
    <message>
      <source>This claim was changed by someone else since you opened it. Your edit was not applied; the desk now shows the stored version. Apply your edit again if it is still right.</source>
      <translation>غيّر شخص آخر هذا الادعاء منذ فتحته. لم يُطبَّق تعديلك؛ ويعرض المكتب الآن النسخة المحفوظة. أعد تطبيق تعديلك إن كان لا يزال صحيحًا.</translation>
    </message>
    <message>
      <source>Every claim of this article has a verdict.</source>
      <translation>لكل ادعاءات هذه المقالة حكم.</translation>
    </message>
    <message>
      <source>Select the claim's text in the article first, then press N.</source>
      <translation>حدد نص الادعاء في المقالة أولًا ثم اضغط N.</translation>
    </message>
    <message>
      <source>Select text next to the current claim, then press E.</source>
      <translation>حدد نصًا مجاورًا للادعاء الحالي ثم اضغط E.</translation>
    </message>
    <message>
      <source>Put the cursor inside the current claim, then press S.</source>
      <translation>ضع المؤشر داخل الادعاء الحالي ثم اضغط S.</translation>
    </message>
    <message>
      <source>Claim deleted.</source>
      <translation>حُذف الادعاء.</translation>
    </message>
    <message>
      <source>Match: %1</source>
      <translation>المطابقة: %1</translation>
    </message>
    <message>
      <source>Session summary</source>
      <translation>ملخص الجلسة</translation>
    </message>
    <message>
      <source>Reviewer: %1</source>
      <translation>المراجع: %1</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;تراجع</translation>
    </message>
    <message>
      <source>&amp;Undo: %1</source>
      <translation>&amp;تراجع: %1</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>إ&amp;عادة</translation>
    </message>
    <message>
      <source>&amp;Redo: %1</source>
      <translation>إ&amp;عادة: %1</translation>
    </message>
    <message>
      <source>Replace “%1”</source>
      <translation>استبدال «%1»</translation>
    </message>
    <message>
      <source>Not done</source>
      <translation>لم يتم</translation>
    </message>
    <message>
      <source>Unexpected error</source>
      <translation>خطأ غير متوقع</translation>
    </message>
    <message>
      <source>%1/%2 reviewed</source>
      <translation>رُوجع %1 من %2</translation>
    </message>
    <message>
      <source>Reviewer: %1
Claims reviewed: %2
Verdicts set: %3
All edits: %4

Everything is stored.</source>
      <translation>المراجع: %1
الادعاءات المراجَعة: %2
الأحكام المسجلة: %3
كل التعديلات: %4

كل شيء محفوظ.</translation>
    </message>
  </context>
  <context>
    <name>Refusals</name>
    <message>
      <source>a PDF file</source>
      <translation>ملف PDF</translation>
    </message>
    <message>
      <source>a zip archive</source>
      <translation>أرشيف zip</translation>
    </message>
    <message>
      <source>an RTF document</source>
      <translation>مستند RTF</translation>
    </message>
    <message>
      <source>an executable program</source>
      <translation>برنامج تنفيذي</translation>
    </message>
    <message>
      <source>an old Word .doc or other Office file</source>
      <translation>ملف Word قديم ‎.doc أو ملف Office آخر</translation>
    </message>
    <message>
      <source>a PNG image</source>
      <translation>صورة PNG</translation>
    </message>
    <message>
      <source>a JPEG image</source>
      <translation>صورة JPEG</translation>
    </message>
    <message>
      <source>a folder</source>
      <translation>مجلد</translation>
    </message>
    <message>
      <source>a named pipe (FIFO)</source>
      <translation>أنبوب مسمّى (FIFO)</translation>
    </message>
    <message>
      <source>a device</source>
      <translation>جهاز</translation>
    </message>
    <message>
      <source>a socket</source>
      <translation>مقبس</translation>
    </message>
    <message>
      <source>not a file</source>
      <translation>ليس ملفًا</translation>
    </message>
    <message>
      <source>the database is read-only (its file, folder or disk cannot be written)</source>
      <translation>قاعدة البيانات للقراءة فقط (لا تمكن الكتابة في ملفها أو مجلدها أو قرصها)</translation>
    </message>
    <message>
      <source>the disk failed to read or write the database</source>
      <translation>فشل القرص في قراءة قاعدة البيانات أو الكتابة فيها</translation>
    </message>
    <message>
      <source>the database file is damaged; run `python main.py check`, then restore a backup</source>
      <translation>ملف قاعدة البيانات تالف؛ شغّل ‎python main.py check‎ ثم استعد نسخة احتياطية</translation>
    </message>
    <message>
      <source>the disk is full</source>
      <translation>القرص ممتلئ</translation>
    </message>
    <message>
      <source>the database file cannot be opened (a missing folder, a folder in its place, or no permission)</source>
      <translation>تعذّر فتح ملف قاعدة البيانات (مجلد مفقود، أو مجلد في مكانه، أو لا إذن)</translation>
    </message>
    <message>
      <source>the database file cannot be read or written: no permission</source>
      <translation>لا إذن بقراءة ملف قاعدة البيانات أو الكتابة فيه</translation>
    </message>
    <message>
      <source>the file is not a database (not SQLite); choose another --db</source>
      <translation>الملف ليس قاعدة بيانات (ليس SQLite)؛ اختر قاعدة بيانات أخرى</translation>
    </message>
    <message>
      <source>the database server's disk is full</source>
      <translation>قرص خادم قاعدة البيانات ممتلئ</translation>
    </message>
    <message>
      <source>the database server is out of memory</source>
      <translation>نفدت ذاكرة خادم قاعدة البيانات</translation>
    </message>
    <message>
      <source>the database server only allows reading (a read-only transaction or a standby)</source>
      <translation>خادم قاعدة البيانات يسمح بالقراءة فقط (معاملة للقراءة فقط أو خادم احتياطي)</translation>
    </message>
    <message>
      <source>the database user lacks the permission for this</source>
      <translation>مستخدم قاعدة البيانات لا يملك الإذن بذلك</translation>
    </message>
    <message>
      <source>the disk quota is used up</source>
      <translation>استُنفدت حصة القرص</translation>
    </message>
    <message>
      <source>the disk is read-only</source>
      <translation>القرص للقراءة فقط</translation>
    </message>
    <message>
      <source>no permission</source>
      <translation>لا إذن</translation>
    </message>
    <message>
      <source>it is a folder, not a file</source>
      <translation>إنه مجلد وليس ملفًا</translation>
    </message>
    <message>
      <source>its folder does not exist</source>
      <translation>مجلده غير موجود</translation>
    </message>
    <message>
      <source>a part of its path is a file, not a folder</source>
      <translation>جزء من مساره ملف وليس مجلدًا</translation>
    </message>
    <message>
      <source>the disk failed</source>
      <translation>فشل القرص</translation>
    </message>
    <message>
      <source>too large: %1, over the %2 import limit of this desk</source>
      <translation>كبير جدًا: %1، يتجاوز حد الاستيراد في هذا المكتب (%2)</translation>
    </message>
    <message>
      <source>empty: no text to import</source>
      <translation>فارغ: لا نص لاستيراده</translation>
    </message>
    <message>
      <source>not text: looks like binary data</source>
      <translation>ليس نصًا: يبدو بيانات ثنائية</translation>
    </message>
    <message>
      <source>contains NUL bytes: binary or corrupt</source>
      <translation>يحتوي على بايتات NUL: ملف ثنائي أو تالف</translation>
    </message>
    <message>
      <source>contains unpaired surrogate characters: not valid Unicode text</source>
      <translation>يحتوي على محارف بديلة غير مقترنة: ليس نص يونيكود صالحًا</translation>
    </message>
    <message>
      <source>line %1 is %2 characters long, over the limit of %3: not article text</source>
      <translation>طول السطر %1 هو %2 محرفًا، يتجاوز الحد %3: ليس نص مقالة</translation>
    </message>
    <message>
      <source>looks like %1; Isnad imports %2</source>
      <translation>يبدو أنه %1؛ يستورد إسناد %2</translation>
    </message>
    <message>
      <source>named .docx but is not a Word document</source>
      <translation>اسمه ‎.docx لكنه ليس مستند Word</translation>
    </message>
    <message>
      <source>not a readable Word document</source>
      <translation>ليس مستند Word قابلًا للقراءة</translation>
    </message>
    <message>
      <source>cannot read the file: %1</source>
      <translation>تتعذر قراءة الملف: %1</translation>
    </message>
    <message>
      <source>not a regular file: %1</source>
      <translation>ليس ملفًا عاديًا: %1</translation>
    </message>
    <message>
      <source>could not read the page: %1</source>
      <translation>تعذرت قراءة الصفحة: %1</translation>
    </message>
    <message>
      <source>cannot use %1: %2; nothing was saved</source>
      <translation>تعذّر استخدام %1: %2؛ لم يُحفظ شيء</translation>
    </message>
    <message>
      <source>%1; nothing was saved</source>
      <translation>%1؛ لم يُحفظ شيء</translation>
    </message>
  </context>
  <context>
    <name>ReportPrinting</name>
    <message>
      <source>Print preview · %1</source>
      <translation>معاينة الطباعة · %1</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>Settings</source>
      <translation>الإعدادات</translation>
    </message>
    <message>
      <source>Reviewer name</source>
      <translation>اسم المراجع</translation>
    </message>
    <message>
      <source>Organization</source>
      <translation>المؤسسة</translation>
    </message>
    <message>
      <source>Organization web address</source>
      <translation>موقع المؤسسة على الويب</translation>
    </message>
    <message>
      <source>Interface language</source>
      <translation>لغة الواجهة</translation>
    </message>
    <message>
      <source>Suggest matches from (%)</source>
      <translation>اقتراح المطابقات ابتداءً من (%)</translation>
    </message>
    <message>
      <source>“Likely the same” from (%)</source>
      <translation>«على الأرجح الادعاء نفسه» ابتداءً من (%)</translation>
    </message>
    <message>
      <source>A new interface language applies the next time the desk starts. A new reviewer name applies from the next session.</source>
      <translation>تُطبَّق لغة الواجهة الجديدة عند تشغيل المكتب في المرة القادمة، ويُطبَّق اسم المراجع الجديد من الجلسة التالية.</translation>
    </message>
  </context>
</TS>
