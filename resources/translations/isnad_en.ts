<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>Actions</name>
  </context>
  <context>
    <name>App</name>
  </context>
  <context>
    <name>ClaimsBrowser</name>
  </context>
  <context>
    <name>CatalogEdits</name>
  </context>
  <context>
    <name>CatalogManager</name>
  </context>
  <context>
    <name>CheatSheet</name>
  </context>
  <context>
    <name>Dashboard</name>
  </context>
  <context>
    <name>ArticleAdmin</name>
  </context>
  <context>
    <name>ArticleList</name>
  </context>
  <context>
    <name>ArticleReader</name>
  </context>
  <context>
    <name>ClaimInspector</name>
  </context>
  <context>
    <name>HopVerification</name>
  </context>
  <context>
    <name>ImportFlow</name>
    <message numerus="yes">
      <source>Importing %n file(s)…</source>
      <translation>
        <numerusform>Importing %n file…</numerusform>
        <numerusform>Importing %n files…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n NUL character(s) removed from the pasted text.</source>
      <translation>
        <numerusform>%n NUL character removed from the pasted text.</numerusform>
        <numerusform>%n NUL characters removed from the pasted text.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>imported with %n claim(s)</source>
      <translation>
        <numerusform>imported with %n claim</numerusform>
        <numerusform>imported with %n claims</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LiveRefresh</name>
  </context>
  <context>
    <name>MatchActions</name>
  </context>
  <context>
    <name>MatchesPanel</name>
  </context>
  <context>
    <name>SourcePicker</name>
  </context>
  <context>
    <name>Undo</name>
  </context>
  <context>
    <name>UndoNotice</name>
  </context>
  <context>
    <name>DeskViews</name>
  </context>
  <context>
    <name>ExportDialog</name>
  </context>
  <context>
    <name>Verdicts</name>
  </context>
  <context>
    <name>MainWindow</name>
  </context>
  <context>
    <name>Refusals</name>
  </context>
  <context>
    <name>ReportPrinting</name>
  </context>
  <context>
    <name>SettingsDialog</name>
  </context>
</TS>
