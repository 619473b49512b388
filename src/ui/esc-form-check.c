/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The loader's check of the item a form is making, as the user types: queued until
 * typing pauses, run on a worker thread on a copy of the item
 * (esc_dataset_check_item_async()), and said with ::checked. A form that is about to
 * put the item in and has no answer for what was typed last asks for it at once
 * (esc_form_check_now()). A label of the form, given, shows the form's own note and
 * then the problems. */
#include "config.h"

#include <gtk/gtk.h>

#include "esc-dataset-check.h"
#include "esc-edit-set.h"
#include "esc-form-check.h"

/* Typing pauses this long before a check: one per word, not one per key. */
#define QUIET_MS 150

struct _EscFormCheck
{
  GObject parent_instance;
  EscDataset *dataset;
  GObject *original;      /* the item edited, or NULL for a new one */
  GPtrArray *list;        /* the list the item is in or goes to, or NULL */
  GObject *pending;       /* the item to check once typing pauses */
  GCancellable *running;
  GPtrArray *problems;    /* EscProblem, of the last check */
  guint timeout_id;
  gboolean done;          /* the last check is of the item as it is */
  GtkLabel *label;        /* weak */
  char *note;
  GHashTable *dropped;    /* EscSource set: sources the form is to remove, or NULL */
};

G_DEFINE_FINAL_TYPE (EscFormCheck, esc_form_check, G_TYPE_OBJECT)

enum {
  SIGNAL_CHECKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The note, then the problems of the last check; the messages may quote the
 * dataset: set as text, never markup. */
static void
show (EscFormCheck *self)
{
  g_autofree char *found = esc_form_check_describe (self);
  g_autofree char *text = NULL;

  if (self->label == NULL)
    return;
  text = g_strjoin (self->note && *self->note && *found ? "\n" : "", self->note ? self->note : "", found, NULL);
  gtk_label_set_text (self->label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->label), *text != '\0');
}

static void
take_problems (EscFormCheck *self,
               GPtrArray    *problems)
{
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  self->problems = problems;
  self->done = TRUE;
  show (self);
  g_signal_emit (self, signals[SIGNAL_CHECKED], 0);
}

/**
 * esc_form_check_set_label:
 * @label: (nullable): where the form's note and the problems go
 */
void
esc_form_check_set_label (EscFormCheck *self,
                          GtkLabel     *label)
{
  g_return_if_fail (ESC_IS_FORM_CHECK (self));

  g_set_weak_pointer (&self->label, label);
}

/**
 * esc_form_check_set_note:
 * @note: (nullable): what the form itself says about the item, shown before the
 *   problems
 */
void
esc_form_check_set_note (EscFormCheck *self,
                         const char   *note)
{
  g_return_if_fail (ESC_IS_FORM_CHECK (self));

  g_free (self->note);
  self->note = g_strdup (note);
  show (self);
}

/* @user_data is a weak reference: a check running does not keep its form's
 * EscFormCheck alive, whose dispose cancels it. */
static void
on_checked (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  GWeakRef *weak = user_data;
  g_autoptr(EscFormCheck) self = g_weak_ref_get (weak);
  GPtrArray *problems = esc_dataset_check_item_finish (ESC_DATASET (source), result, NULL);

  g_weak_ref_clear (weak);
  g_free (weak);
  /* NULL: cancelled, the item changed since or the form went. */
  if (self != NULL && problems != NULL)
    take_problems (self, problems);
  else if (problems != NULL)
    g_ptr_array_unref (problems);
}

static void
stop (EscFormCheck *self)
{
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_cancellable_cancel (self->running);
  g_clear_object (&self->running);
  self->done = FALSE;
}

static gboolean
check_pending (gpointer data)
{
  EscFormCheck *self = data;
  /* The worker reads its own copy: the form's may change while it runs. */
  g_autoptr(GObject) snapshot = esc_edit_set_copy_dropping (self->pending, self->dropped);
  GWeakRef *weak = g_new0 (GWeakRef, 1);

  g_weak_ref_init (weak, self);
  self->timeout_id = 0;
  self->running = g_cancellable_new ();
  esc_dataset_check_item_async (self->dataset, self->original, snapshot, self->list, self->running, on_checked, weak);
  return G_SOURCE_REMOVE;
}

/* @item changed: checks it once typing pauses. */
void
esc_form_check_queue (EscFormCheck *self,
                      gpointer      item)
{
  g_return_if_fail (ESC_IS_FORM_CHECK (self));

  stop (self);
  g_set_object (&self->pending, item);
  self->timeout_id = g_timeout_add (QUIET_MS, check_pending, self);
}

/* Checks @item now, on this thread: for a form about to put it in. */
void
esc_form_check_now (EscFormCheck *self,
                    gpointer      item)
{
  g_return_if_fail (ESC_IS_FORM_CHECK (self));

  g_autoptr(GObject) as_saved = esc_edit_set_copy_dropping (item, self->dropped);

  stop (self);
  take_problems (self, esc_dataset_check_item (self->dataset, self->original, as_saved, self->list));
}

/**
 * esc_form_check_set_dropped:
 * @dropped: (nullable): the sources the form is to remove (EscSourceList), checked as
 *   gone
 */
void
esc_form_check_set_dropped (EscFormCheck *self,
                            GHashTable   *dropped)
{
  g_return_if_fail (ESC_IS_FORM_CHECK (self));

  g_clear_pointer (&self->dropped, g_hash_table_unref);
  self->dropped = dropped ? g_hash_table_ref (dropped) : NULL;
}

/* Whether @item may go in: checked now if the last check is not of it as it is, and
 * found without errors. */
gboolean
esc_form_check_allows (EscFormCheck *self,
                       gpointer      item)
{
  g_return_val_if_fail (ESC_IS_FORM_CHECK (self), FALSE);

  if (!self->done)
    esc_form_check_now (self, item);
  return !esc_form_check_has_errors (self);
}

/* Whether the last check is of the item as it is now. */
gboolean
esc_form_check_is_done (EscFormCheck *self)
{
  g_return_val_if_fail (ESC_IS_FORM_CHECK (self), FALSE);

  return self->done;
}

gboolean
esc_form_check_has_errors (EscFormCheck *self)
{
  g_return_val_if_fail (ESC_IS_FORM_CHECK (self), FALSE);

  return self->problems != NULL && esc_problems_have_errors (self->problems);
}

/**
 * esc_form_check_get_problems:
 *
 * Returns: (transfer none) (nullable) (element-type EscProblem): what the last check
 *   found, or %NULL before the first
 */
GPtrArray *
esc_form_check_get_problems (EscFormCheck *self)
{
  g_return_val_if_fail (ESC_IS_FORM_CHECK (self), NULL);

  return self->problems;
}

/* The problems, one a line: "•" an error, "◦" a warning. Plain text: the messages may
 * quote the dataset. */
char *
esc_form_check_describe (EscFormCheck *self)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (ESC_IS_FORM_CHECK (self), NULL);

  for (guint i = 0; self->problems != NULL && i < self->problems->len; i++)
    {
      EscProblem *problem = g_ptr_array_index (self->problems, i);

      g_string_append_printf (text, "%s%s %s", text->len > 0 ? "\n" : "",
                              problem->severity == ESC_SEVERITY_ERROR ? "•" : "◦", problem->message);
    }
  return g_string_free (text, FALSE);
}

static void
esc_form_check_dispose (GObject *object)
{
  EscFormCheck *self = ESC_FORM_CHECK (object);

  stop (self);
  g_clear_object (&self->dataset);
  g_clear_object (&self->original);
  g_clear_object (&self->pending);
  g_clear_pointer (&self->list, g_ptr_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_weak_pointer (&self->label);
  g_clear_pointer (&self->dropped, g_hash_table_unref);
  g_clear_pointer (&self->note, g_free);
  G_OBJECT_CLASS (esc_form_check_parent_class)->dispose (object);
}

static void
esc_form_check_class_init (EscFormCheckClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = esc_form_check_dispose;

  /**
   * EscFormCheck::checked:
   *
   * A check of the item as it is now is done: esc_form_check_get_problems().
   */
  signals[SIGNAL_CHECKED] = g_signal_new ("checked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                          NULL, G_TYPE_NONE, 0);
}

static void
esc_form_check_init (EscFormCheck *self)
{
}

/**
 * esc_form_check_new:
 * @original: (nullable): the item a form edits a copy of, or %NULL for a new item
 * @list: (nullable): the list of @dataset the item is in, or goes at the end of
 */
EscFormCheck *
esc_form_check_new (EscDataset *dataset,
                    gpointer    original,
                    GPtrArray  *list)
{
  EscFormCheck *self = g_object_new (ESC_TYPE_FORM_CHECK, NULL);

  self->dataset = g_object_ref (dataset);
  self->original = original ? g_object_ref (original) : NULL;
  self->list = list ? g_ptr_array_ref (list) : NULL;
  return self;
}
