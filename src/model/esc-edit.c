/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The base of the model's commands: every change to a dataset is an EscEdit, so that
 * each can be undone, and views hear of it through the notifications the edit's setters
 * emit (property notify, GListModel::items-changed). */
#include "config.h"

#include "esc-edit.h"

typedef struct {
  char *label;   /* what the edit does, for "Undo %s"; translated by its maker */
} EscEditPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (EscEdit, esc_edit, G_TYPE_OBJECT)

static void
esc_edit_finalize (GObject *object)
{
  EscEditPrivate *priv = esc_edit_get_instance_private (ESC_EDIT (object));

  g_free (priv->label);
  G_OBJECT_CLASS (esc_edit_parent_class)->finalize (object);
}

static void
esc_edit_class_init (EscEditClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = esc_edit_finalize;
}

static void
esc_edit_init (EscEdit *self)
{
}

void
esc_edit_apply (EscEdit *self)
{
  g_return_if_fail (ESC_IS_EDIT (self));

  ESC_EDIT_GET_CLASS (self)->apply (self);
}

void
esc_edit_revert (EscEdit *self)
{
  g_return_if_fail (ESC_IS_EDIT (self));

  ESC_EDIT_GET_CLASS (self)->revert (self);
}

const char *
esc_edit_get_label (EscEdit *self)
{
  EscEditPrivate *priv = esc_edit_get_instance_private (self);

  g_return_val_if_fail (ESC_IS_EDIT (self), NULL);

  return priv->label;
}

void
esc_edit_set_label (EscEdit    *self,
                    const char *label)
{
  EscEditPrivate *priv = esc_edit_get_instance_private (self);

  g_return_if_fail (ESC_IS_EDIT (self));

  g_free (priv->label);
  priv->label = g_strdup (label);
}

/* Adds to @touched the objects whose members @self changes (the object of a property,
 * the owner of a list). */
void
esc_edit_collect_touched (EscEdit   *self,
                          GPtrArray *touched)
{
  g_return_if_fail (ESC_IS_EDIT (self));

  if (ESC_EDIT_GET_CLASS (self)->collect_touched != NULL)
    ESC_EDIT_GET_CLASS (self)->collect_touched (self, touched);
}
