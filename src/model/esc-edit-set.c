/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Sets one member of one object of the model, through its property (esc-model-fields.c):
 * the old value is kept for undoing, and the property's notify tells the views. */
#include "config.h"

#include "esc-edit-set.h"

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
esc_edit_set_class_init (EscEditSetClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = esc_edit_set_finalize;
  ESC_EDIT_CLASS (klass)->apply = esc_edit_set_apply;
  ESC_EDIT_CLASS (klass)->revert = esc_edit_set_revert;
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
