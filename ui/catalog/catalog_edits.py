"""One QUndoCommand per catalog edit (outlets, aliases, sources, merges), on the desk's undo stack.

The catalog manager stores an edit first with `store()`, so a refusal is shown in the dialog and nothing
is pushed; the stack's later undo and redo go through the same inverse use cases, and a refused undo is
reported like any other desk edit (a dialog, the data left as it was).
"""

from PySide6.QtCore import QCoreApplication

from ui.catalog.display_names import outlet_names
from ui.desk.undo_commands import DeskEdit, EditContext
from workbench.usecases import chains
from workbench.usecases.catalog import display_names
from workbench.usecases.catalog import entries as catalog_entries
from workbench.usecases.catalog import merge as catalog_merge
from workbench.usecases.catalog import search as catalog
from workbench.usecases.records import OutletMerge, OutletRecord, RemovedSource, SourceMerge, SourceRecord


def _tr(text: str) -> str:
    return QCoreApplication.translate("CatalogEdits", text)


def _named(template: str, *names: str) -> str:
    for number, name in enumerate(names, 1):
        template = template.replace(f"%{number}", name)
    return template


class CatalogEdit(DeskEdit):
    """A catalog edit: stored once by the dialog, then only undone and redone by the stack.

    Chains show catalog names, so after every step the desk reloads its claims (`changed([])`).
    """

    def __init__(self, ctx: EditContext, text: str) -> None:
        super().__init__(ctx, text)
        self._stored = False

    def store(self) -> None:
        """The first application, by the dialog; raises IsnadError on a refusal, before anything is pushed."""
        self.apply()
        outlet_names.load(self.ctx.db)
        self._stored = True

    def _run(self, step) -> None:
        def step_then_names():
            records = step()
            outlet_names.load(self.ctx.db)  # before the desk relabels its chains with the names
            return records
        super()._run(step_then_names)

    def redo(self) -> None:
        if self._stored:  # QUndoStack.push calls redo: the dialog has stored the edit already
            self._stored = False
            self.ctx.changed([])
            return
        super().redo()


class AddOutlet(CatalogEdit):
    def __init__(self, ctx: EditContext, name: str) -> None:
        super().__init__(ctx, _named(_tr("New outlet “%1”"), name))
        self.name = name
        self.outlet: OutletRecord | None = None  # as stored, so a redo puts back the same outlet

    def apply(self):
        self.outlet = (catalog.add_outlet(self.ctx.db, name=self.name, kind="newspaper", actor=self.ctx.actor)
                       if self.outlet is None else catalog_entries.restore_outlet(self.ctx.db, self.outlet, actor=self.ctx.actor))
        return []

    def revert(self):
        self.outlet = catalog_entries.delete_outlet(self.ctx.db, self.outlet.id, actor=self.ctx.actor)
        return []


class EditOutlet(CatalogEdit):
    """Undo puts back the fields as shown before the edit, and drops the alias a new name added."""

    def __init__(self, ctx: EditContext, before: OutletRecord, changes: dict) -> None:
        super().__init__(ctx, _named(_tr("Edit outlet “%1”"), before.name))
        self.before, self.changes = before, changes
        self.added_aliases: tuple[str, ...] = ()

    def apply(self):
        after = catalog.edit_outlet(self.ctx.db, self.before.id, **self.changes, actor=self.ctx.actor)
        self.added_aliases = tuple(a for a in after.aliases if a not in self.before.aliases)
        return []

    def revert(self):
        previous = {field: getattr(self.before, field) for field in self.changes}
        catalog.revert_outlet_edit(self.ctx.db, self.before.id, previous=previous,
                                   added_aliases=self.added_aliases, actor=self.ctx.actor)
        return []


class AddAlias(CatalogEdit):
    def __init__(self, ctx: EditContext, outlet: OutletRecord, alias: str) -> None:
        super().__init__(ctx, _named(_tr("Add alias “%1” to %2"), alias, outlet.name))
        self.outlet_id, self.alias = outlet.id, alias

    def apply(self):
        catalog.add_alias(self.ctx.db, self.outlet_id, self.alias, actor=self.ctx.actor)
        return []

    def revert(self):
        catalog.remove_alias(self.ctx.db, self.outlet_id, self.alias, actor=self.ctx.actor)
        return []


class RemoveAlias(AddAlias):
    """The inverse of AddAlias: apply and revert swap."""

    def __init__(self, ctx: EditContext, outlet: OutletRecord, alias: str) -> None:
        super().__init__(ctx, outlet, alias)
        self.setText(_named(_tr("Remove alias “%1” from %2"), alias, outlet.name))

    def apply(self):
        return super().revert()

    def revert(self):
        return super().apply()


class SetArabicName(CatalogEdit):
    """Which of an outlet's Arabic aliases the Arabic UI shows; undo shows the one before."""

    def __init__(self, ctx: EditContext, outlet: OutletRecord, alias: str) -> None:
        super().__init__(ctx, _named(_tr("Show “%1” as the Arabic name of %2"), alias, outlet.name))
        self.outlet_id, self.alias = outlet.id, alias
        self.before: str | None = None

    def apply(self):
        self.before = display_names.set_display_alias(self.ctx.db, self.outlet_id, self.alias, language="ar",
                                                      actor=self.ctx.actor)
        return []

    def revert(self):
        display_names.set_display_alias(self.ctx.db, self.outlet_id, self.before, language="ar", actor=self.ctx.actor)
        return []


class AddSource(CatalogEdit):
    def __init__(self, ctx: EditContext, kind: str, fields: dict, label: str) -> None:
        super().__init__(ctx, _named(_tr("New source “%1”"), label))
        self.kind, self.fields = kind, fields
        self.source_id: int | None = None
        self.removed: RemovedSource | None = None  # set by undo, for redo

    def apply(self):
        if self.removed is None:
            self.source_id = chains.new_source(self.ctx.db, kind=self.kind, unique=True, **self.fields, actor=self.ctx.actor)
        else:
            self.source_id = catalog_entries.restore_source(self.ctx.db, self.removed, actor=self.ctx.actor).id
        return []

    def revert(self):
        self.removed = catalog_entries.delete_source(self.ctx.db, self.source_id, actor=self.ctx.actor)
        return []


class EditSource(CatalogEdit):
    def __init__(self, ctx: EditContext, before: SourceRecord, fields: dict) -> None:
        super().__init__(ctx, _named(_tr("Edit source “%1”"), before.label))
        self.source_id, self.fields = before.id, fields
        self.previous = {field: getattr(before, field) or "" for field in fields}

    def apply(self):
        catalog.edit_source(self.ctx.db, self.source_id, **self.fields, actor=self.ctx.actor)
        return []

    def revert(self):
        catalog.edit_source(self.ctx.db, self.source_id, **self.previous, actor=self.ctx.actor)
        return []


class MergeOutlets(CatalogEdit):
    """Merge a duplicate into the kept entry; undo unmerges exactly what the merge moved."""

    merge_with = staticmethod(catalog_merge.merge_outlets)
    unmerge_with = staticmethod(catalog_merge.unmerge_outlets)

    def __init__(self, ctx: EditContext, keep_id: int, drop_id: int, *, keep_label: str, drop_label: str) -> None:
        super().__init__(ctx, _named(_tr("Merge “%1” into %2"), drop_label, keep_label))
        self.keep_id, self.drop_id = keep_id, drop_id
        self.merge: OutletMerge | SourceMerge | None = None

    def apply(self):
        self.merge = self.merge_with(self.ctx.db, self.keep_id, self.drop_id, actor=self.ctx.actor)
        return []

    def revert(self):
        self.drop_id = self.unmerge_with(self.ctx.db, self.merge, actor=self.ctx.actor).id  # the same id when free
        return []


class MergeSources(MergeOutlets):
    merge_with = staticmethod(catalog_merge.merge_sources)
    unmerge_with = staticmethod(catalog_merge.unmerge_sources)
