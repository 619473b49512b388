/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One dataset's undo and redo: the edits applied, in order, and those undone since.
 * After each step the dataset brings what it reads from its members up to date and says
 * "changed" (esc_dataset_refresh()); whether it differs from what was last saved is
 * "modified". */
#include "config.h"

#include "esc-history.h"
#include "esc-model-private.h"

struct _EscHistory
{
  GObject parent_instance;
  EscDataset *dataset;
  GPtrArray *edits;     /* EscEdit: the first @done are applied */
  guint done;
  gint saved_at;        /* @done when last saved; -1 when no step leads back there */
};

G_DEFINE_FINAL_TYPE (EscHistory, esc_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
esc_history_get_property (GObject    *object,
                          guint       id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  EscHistory *self = ESC_HISTORY (object);

  switch (id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, esc_history_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, esc_history_can_redo (self));
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, esc_history_is_modified (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, id, pspec);
    }
}

static void
esc_history_finalize (GObject *object)
{
  EscHistory *self = ESC_HISTORY (object);

  g_clear_object (&self->dataset);
  g_ptr_array_unref (self->edits);
  G_OBJECT_CLASS (esc_history_parent_class)->finalize (object);
}

static void
esc_history_class_init (EscHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = esc_history_get_property;
  object_class->finalize = esc_history_finalize;

  properties[PROP_CAN_UNDO] = g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                                                    G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] = g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                                                    G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] = g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                                                    G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
esc_history_init (EscHistory *self)
{
  self->edits = g_ptr_array_new_with_free_func (g_object_unref);
}

EscHistory *
esc_history_new (EscDataset *dataset)
{
  EscHistory *self;

  g_return_val_if_fail (ESC_IS_DATASET (dataset), NULL);

  self = g_object_new (ESC_TYPE_HISTORY, NULL);
  self->dataset = g_object_ref (dataset);
  return self;
}

EscDataset *
esc_history_get_dataset (EscHistory *self)
{
  g_return_val_if_fail (ESC_IS_HISTORY (self), NULL);

  return self->dataset;
}

/* @edit was applied or reverted: the dataset reads again what it changed. */
static void
stepped (EscHistory *self,
         EscEdit    *edit)
{
  g_autoptr(GPtrArray) touched = g_ptr_array_new ();

  esc_edit_collect_touched (edit, touched);
  /* Not under the lock: what it derives, checks do not read, and the signal it
   * emits may start another step. */
  esc_dataset_refresh_touched (self->dataset, touched);
  for (guint i = 1; i < N_PROPS; i++)
    g_object_notify_by_pspec (G_OBJECT (self), properties[i]);
}

/* Forgets what was undone: a new edit is a new branch. */
static void
drop_redo (EscHistory *self)
{
  if (self->saved_at > (gint) self->done)
    self->saved_at = -1;
  g_ptr_array_set_size (self->edits, self->done);
}

/* Applies @edit (taking it) and makes it the step to undo. */
void
esc_history_do (EscHistory *self,
                EscEdit    *edit)
{
  g_return_if_fail (ESC_IS_HISTORY (self));
  g_return_if_fail (ESC_IS_EDIT (edit));

  g_rw_lock_writer_lock (&self->dataset->lock);
  esc_edit_apply (edit);
  g_rw_lock_writer_unlock (&self->dataset->lock);
  esc_history_push_applied (self, edit);
}

/* Takes @edit, applied already, as the step to undo. */
void
esc_history_push_applied (EscHistory *self,
                          EscEdit    *edit)
{
  g_return_if_fail (ESC_IS_HISTORY (self));
  g_return_if_fail (ESC_IS_EDIT (edit));

  drop_redo (self);
  g_ptr_array_add (self->edits, edit);
  self->done++;
  stepped (self, edit);
}

gboolean
esc_history_can_undo (EscHistory *self)
{
  g_return_val_if_fail (ESC_IS_HISTORY (self), FALSE);

  return self->done > 0;
}

gboolean
esc_history_can_redo (EscHistory *self)
{
  g_return_val_if_fail (ESC_IS_HISTORY (self), FALSE);

  return self->done < self->edits->len;
}

/* What undoing would undo, or NULL. */
const char *
esc_history_get_undo_label (EscHistory *self)
{
  g_return_val_if_fail (ESC_IS_HISTORY (self), NULL);

  return self->done > 0 ? esc_edit_get_label (g_ptr_array_index (self->edits, self->done - 1)) : NULL;
}

const char *
esc_history_get_redo_label (EscHistory *self)
{
  g_return_val_if_fail (ESC_IS_HISTORY (self), NULL);

  return esc_history_can_redo (self) ? esc_edit_get_label (g_ptr_array_index (self->edits, self->done)) : NULL;
}

void
esc_history_undo (EscHistory *self)
{
  g_return_if_fail (esc_history_can_undo (self));

  g_rw_lock_writer_lock (&self->dataset->lock);
  esc_edit_revert (g_ptr_array_index (self->edits, --self->done));
  g_rw_lock_writer_unlock (&self->dataset->lock);
  stepped (self, g_ptr_array_index (self->edits, self->done));
}

void
esc_history_redo (EscHistory *self)
{
  g_return_if_fail (esc_history_can_redo (self));

  g_rw_lock_writer_lock (&self->dataset->lock);
  esc_edit_apply (g_ptr_array_index (self->edits, self->done++));
  g_rw_lock_writer_unlock (&self->dataset->lock);
  stepped (self, g_ptr_array_index (self->edits, self->done - 1));
}

gboolean
esc_history_is_modified (EscHistory *self)
{
  g_return_val_if_fail (ESC_IS_HISTORY (self), FALSE);

  return self->saved_at != (gint) self->done;
}

/* No step leads back to a saved state: the dataset was made here and never saved. */
void
esc_history_forget_saved (EscHistory *self)
{
  g_return_if_fail (ESC_IS_HISTORY (self));

  self->saved_at = -1;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

/* The dataset as it is now is what its file holds. */
void
esc_history_mark_saved (EscHistory *self)
{
  g_return_if_fail (ESC_IS_HISTORY (self));

  self->saved_at = self->done;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}
