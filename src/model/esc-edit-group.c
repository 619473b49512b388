/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Several edits undone as one: a claim cited from a passage is the claim and its
 * source; a form's changes are one step. Reverted in the reverse order. */
#include "config.h"

#include "esc-edit-group.h"

struct _EscEditGroup
{
  EscEdit parent_instance;
  GPtrArray *edits;
};

G_DEFINE_FINAL_TYPE (EscEditGroup, esc_edit_group, ESC_TYPE_EDIT)

static void
esc_edit_group_apply (EscEdit *edit)
{
  EscEditGroup *self = ESC_EDIT_GROUP (edit);

  for (guint i = 0; i < self->edits->len; i++)
    esc_edit_apply (g_ptr_array_index (self->edits, i));
}

static void
esc_edit_group_revert (EscEdit *edit)
{
  EscEditGroup *self = ESC_EDIT_GROUP (edit);

  for (guint i = self->edits->len; i-- > 0;)
    esc_edit_revert (g_ptr_array_index (self->edits, i));
}

static void
esc_edit_group_finalize (GObject *object)
{
  g_ptr_array_unref (ESC_EDIT_GROUP (object)->edits);
  G_OBJECT_CLASS (esc_edit_group_parent_class)->finalize (object);
}

static void
esc_edit_group_collect_touched (EscEdit   *edit,
                                GPtrArray *touched)
{
  GPtrArray *edits = ESC_EDIT_GROUP (edit)->edits;

  for (guint i = 0; i < edits->len; i++)
    esc_edit_collect_touched (g_ptr_array_index (edits, i), touched);
}

static void
esc_edit_group_class_init (EscEditGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = esc_edit_group_finalize;
  ESC_EDIT_CLASS (klass)->apply = esc_edit_group_apply;
  ESC_EDIT_CLASS (klass)->revert = esc_edit_group_revert;
  ESC_EDIT_CLASS (klass)->collect_touched = esc_edit_group_collect_touched;
}

static void
esc_edit_group_init (EscEditGroup *self)
{
  self->edits = g_ptr_array_new_with_free_func (g_object_unref);
}

EscEdit *
esc_edit_group_new (const char *label)
{
  EscEdit *self = g_object_new (ESC_TYPE_EDIT_GROUP, NULL);

  esc_edit_set_label (self, label);
  return self;
}

/* Takes @edit, which must not be applied yet: the group applies it with the others.
 * To build a group from edits that depend on one another (a position in a list another
 * edit of the group fills), apply each as it is added and the group as a whole only
 * through undo and redo: EscHistory's esc_history_push_applied(). */
void
esc_edit_group_add (EscEditGroup *self,
                    EscEdit      *edit)
{
  g_return_if_fail (ESC_IS_EDIT_GROUP (self));
  g_return_if_fail (ESC_IS_EDIT (edit));

  g_ptr_array_add (self->edits, edit);
}

guint
esc_edit_group_get_n_edits (EscEditGroup *self)
{
  g_return_val_if_fail (ESC_IS_EDIT_GROUP (self), 0);

  return self->edits->len;
}
