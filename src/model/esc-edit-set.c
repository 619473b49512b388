/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Sets one member of one object of the model, through its property (esc-model-fields.c):
 * the old value is kept for undoing, and the property's notify tells the views. */
#include "config.h"

#include "esc-claim.h"
#include "esc-claimant.h"
#include "esc-edit-group.h"
#include "esc-edit-set.h"
#include "esc-model-fields.h"

struct _EscEditSet
{
  EscEdit parent_instance;
  GObject *object;
  GParamSpec *pspec;
  GValue old_value;
  GValue new_value;
};

G_DEFINE_FINAL_TYPE (EscEditSet, esc_edit_set, ESC_TYPE_EDIT)

static void
esc_edit_set_finalize (GObject *object)
{
  EscEditSet *self = ESC_EDIT_SET (object);

  g_clear_object (&self->object);
  g_value_unset (&self->old_value);
  g_value_unset (&self->new_value);
  G_OBJECT_CLASS (esc_edit_set_parent_class)->finalize (object);
}

static void
esc_edit_set_apply (EscEdit *edit)
{
  EscEditSet *self = ESC_EDIT_SET (edit);

  g_object_set_property (self->object, self->pspec->name, &self->new_value);
}

static void
esc_edit_set_revert (EscEdit *edit)
{
  EscEditSet *self = ESC_EDIT_SET (edit);

  g_object_set_property (self->object, self->pspec->name, &self->old_value);
}

static void
esc_edit_set_collect_touched (EscEdit   *edit,
                              GPtrArray *touched)
{
  g_ptr_array_add (touched, ESC_EDIT_SET (edit)->object);
}

static void
esc_edit_set_class_init (EscEditSetClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = esc_edit_set_finalize;
  ESC_EDIT_CLASS (klass)->apply = esc_edit_set_apply;
  ESC_EDIT_CLASS (klass)->revert = esc_edit_set_revert;
  ESC_EDIT_CLASS (klass)->collect_touched = esc_edit_set_collect_touched;
}

static void
esc_edit_set_init (EscEditSet *self)
{
}

/**
 * esc_edit_set_new:
 * @object: an object of the model
 * @property: one of its writable properties ("short-name", "value")
 * @value: what to set it to, of the property's type or one that converts to it
 *
 * Returns: (transfer full): the edit, not applied yet; the value @object has now is
 *   what undoing it gives back
 */
EscEdit *
esc_edit_set_new (gpointer      object,
                  const char   *property,
                  const GValue *value)
{
  EscEditSet *self;
  GParamSpec *pspec;

  g_return_val_if_fail (G_IS_OBJECT (object), NULL);
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  g_return_val_if_fail (pspec != NULL && (pspec->flags & G_PARAM_WRITABLE), NULL);

  self = g_object_new (ESC_TYPE_EDIT_SET, NULL);
  self->object = g_object_ref (object);
  self->pspec = pspec;
  g_value_init (&self->old_value, pspec->value_type);
  g_object_get_property (object, pspec->name, &self->old_value);
  g_value_init (&self->new_value, pspec->value_type);
  if (!g_value_transform (value, &self->new_value))
    g_critical ("Cannot set %s of %s from a %s", property, G_OBJECT_TYPE_NAME (object), G_VALUE_TYPE_NAME (value));
  return ESC_EDIT (self);
}

/* Whether @a and @b hold the same member: objects written out in their owner (a
 * claimant without an id) by what they hold, everything else by value. */
static gboolean
same_value (GParamSpec   *pspec,
            const GValue *a,
            const GValue *b)
{
  g_autoptr(EscEdit) changes = NULL;
  GObject *x, *y;

  if (!G_VALUE_HOLDS_OBJECT (a))
    return g_param_values_cmp (pspec, a, b) == 0;
  x = g_value_get_object (a), y = g_value_get_object (b);
  if (x == y)
    return TRUE;
  if (x == NULL || y == NULL || G_OBJECT_TYPE (x) != G_OBJECT_TYPE (y))
    return FALSE;
  changes = esc_edit_set_new_changes (x, y, NULL);
  return changes == NULL;
}

/**
 * esc_edit_set_new_changes:
 * @edited: a copy of @original (esc_fields_copy()) a form changed
 * @label: (nullable): what the edit does, for "Undo %s"
 *
 * Returns: (transfer full) (nullable): one edit that sets each writable property of
 *   @original whose value @edited changed, or %NULL where none changed
 */
EscEdit *
esc_edit_set_new_changes (gpointer    original,
                          gpointer    edited,
                          const char *label)
{
  guint n_properties;
  g_autofree GParamSpec **properties = g_object_class_list_properties (G_OBJECT_GET_CLASS (original), &n_properties);
  g_autoptr(EscEdit) group = esc_edit_group_new (label);

  for (guint i = 0; i < n_properties; i++)
    {
      g_auto(GValue) before = G_VALUE_INIT;
      g_auto(GValue) after = G_VALUE_INIT;

      if (!(properties[i]->flags & G_PARAM_WRITABLE))
        continue;
      g_value_init (&before, properties[i]->value_type);
      g_value_init (&after, properties[i]->value_type);
      g_object_get_property (original, properties[i]->name, &before);
      g_object_get_property (edited, properties[i]->name, &after);
      if (!same_value (properties[i], &before, &after))
        esc_edit_group_add (ESC_EDIT_GROUP (group), esc_edit_set_new (original, properties[i]->name, &after));
    }
  return esc_edit_group_get_n_edits (ESC_EDIT_GROUP (group)) > 0 ? g_steal_pointer (&group) : NULL;
}

/**
 * esc_edit_set_copy:
 * @object: an object of the model
 *
 * Returns: (transfer full): a copy of @object for a form to change, its lists shared
 *   and a claimant written out in it copied too; esc_edit_set_new_changes() then makes
 *   the edit of what the form changed
 */
gpointer
esc_edit_set_copy (gpointer object)
{
  GObject *copy = esc_fields_copy (object);

  if (ESC_IS_CLAIM (copy) && esc_claim_get_claimant (ESC_CLAIM (copy)) != NULL
      && esc_claimant_get_id (esc_claim_get_claimant (ESC_CLAIM (copy))) == NULL)
    {
      g_autoptr(GObject) claimant = esc_fields_copy (G_OBJECT (esc_claim_get_claimant (ESC_CLAIM (copy))));

      g_object_set (copy, "claimant", claimant, NULL);
    }
  return copy;
}

/**
 * esc_edit_set_copy_dropping:
 * @dropped: (nullable): sources of @object a form is to remove
 *
 * Returns: (transfer full): as esc_edit_set_copy(), with a sources list of its own
 *   that leaves out @dropped: the item as the form would save it, for a check
 */
gpointer
esc_edit_set_copy_dropping (gpointer    object,
                            GHashTable *dropped)
{
  GObject *copy = esc_edit_set_copy (object);
  GPtrArray *sources = esc_fields_get_list (copy, "sources");
  g_autoptr(GPtrArray) kept = NULL;

  if (sources == NULL || dropped == NULL || g_hash_table_size (dropped) == 0)
    return copy;
  kept = g_ptr_array_new_with_free_func ((GDestroyNotify) esc_source_unref);
  for (guint i = 0; i < sources->len; i++)
    if (!g_hash_table_contains (dropped, g_ptr_array_index (sources, i)))
      g_ptr_array_add (kept, esc_source_ref (g_ptr_array_index (sources, i)));
  esc_fields_set_list (copy, "sources", kept);
  return copy;
}
