/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Puts an item in one of the model's lists, or takes one out: an election's claims, a
 * claim's sources, the dataset's articles or elections. The owner's property of the
 * list's name is notified ("claims"); the dataset's elections are a GListStore, which
 * says items-changed itself. */
#include "config.h"

#include "esc-edit-list.h"
#include "esc-localized-text.h"
#include "esc-model-fields.h"
#include "esc-model-private.h"

struct _EscEditList
{
  EscEdit parent_instance;
  GObject *owner;
  char *list;
  guint position;
  gpointer item;        /* held with ref() */
  gboolean inserts;     /* else removes */
  gpointer (*ref) (gpointer);
  void (*unref) (gpointer);
};

G_DEFINE_FINAL_TYPE (EscEditList, esc_edit_list, ESC_TYPE_EDIT)

static gboolean
is_elections (EscEditList *self)
{
  return ESC_IS_DATASET (self->owner) && g_str_equal (self->list, "elections");
}

static void
put_in (EscEditList *self)
{
  if (is_elections (self))
    {
      g_list_store_insert (G_LIST_STORE (esc_dataset_get_elections (ESC_DATASET (self->owner))), self->position, self->item);
      return;
    }
  g_ptr_array_insert (esc_fields_get_list (self->owner, self->list), self->position, self->ref (self->item));
  g_object_notify (self->owner, self->list);
}

static void
take_out (EscEditList *self)
{
  if (is_elections (self))
    {
      g_list_store_remove (G_LIST_STORE (esc_dataset_get_elections (ESC_DATASET (self->owner))), self->position);
      return;
    }
  /* The list's free function drops its reference; the edit keeps its own. */
  g_ptr_array_remove_index (esc_fields_get_list (self->owner, self->list), self->position);
  g_object_notify (self->owner, self->list);
}

static void
esc_edit_list_apply (EscEdit *edit)
{
  EscEditList *self = ESC_EDIT_LIST (edit);

  if (self->inserts)
    put_in (self);
  else
    take_out (self);
}

static void
esc_edit_list_revert (EscEdit *edit)
{
  EscEditList *self = ESC_EDIT_LIST (edit);

  if (self->inserts)
    take_out (self);
  else
    put_in (self);
}

static void
esc_edit_list_finalize (GObject *object)
{
  EscEditList *self = ESC_EDIT_LIST (object);

  g_clear_pointer (&self->item, self->unref);
  g_clear_object (&self->owner);
  g_free (self->list);
  G_OBJECT_CLASS (esc_edit_list_parent_class)->finalize (object);
}

static void
esc_edit_list_collect_touched (EscEdit   *edit,
                               GPtrArray *touched)
{
  g_ptr_array_add (touched, ESC_EDIT_LIST (edit)->owner);
}

static void
esc_edit_list_class_init (EscEditListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = esc_edit_list_finalize;
  ESC_EDIT_CLASS (klass)->apply = esc_edit_list_apply;
  ESC_EDIT_CLASS (klass)->revert = esc_edit_list_revert;
  ESC_EDIT_CLASS (klass)->collect_touched = esc_edit_list_collect_touched;
}

static void
esc_edit_list_init (EscEditList *self)
{
}

/* Sources and an article's notes are boxed; everything else listed is a GObject. */
static EscEditList *
edit_new (gpointer    owner,
          const char *list)
{
  EscEditList *self = g_object_new (ESC_TYPE_EDIT_LIST, NULL);

  self->owner = g_object_ref (owner);
  self->list = g_strdup (list);
  if (g_str_equal (list, "sources"))
    {
      self->ref = (gpointer (*) (gpointer)) esc_source_ref;
      self->unref = (void (*) (gpointer)) esc_source_unref;
    }
  else if (g_str_equal (list, "notes"))
    {
      self->ref = (gpointer (*) (gpointer)) esc_localized_text_ref;
      self->unref = (void (*) (gpointer)) esc_localized_text_unref;
    }
  else
    {
      self->ref = g_object_ref;
      self->unref = g_object_unref;
    }
  return self;
}

static guint
list_length (EscEditList *self)
{
  if (is_elections (self))
    return g_list_model_get_n_items (esc_dataset_get_elections (ESC_DATASET (self->owner)));
  return esc_fields_get_list (self->owner, self->list)->len;
}

/**
 * esc_edit_list_new_insert:
 * @owner: the object that has the list
 * @list: its name, as in the format ("claims", "sources", "elections")
 * @position: where @item goes, at most the list's length
 *
 * Returns: (transfer full): the edit, not applied yet
 */
EscEdit *
esc_edit_list_new_insert (gpointer    owner,
                          const char *list,
                          guint       position,
                          gpointer    item)
{
  EscEditList *self = edit_new (owner, list);

  self->inserts = TRUE;
  self->position = position;
  self->item = self->ref (item);
  g_return_val_if_fail (position <= list_length (self), ESC_EDIT (self));
  return ESC_EDIT (self);
}

/**
 * esc_edit_list_new_remove:
 * @position: the item to take out of the list, which must have it
 *
 * Returns: (transfer full): the edit, not applied yet
 */
EscEdit *
esc_edit_list_new_remove (gpointer    owner,
                          const char *list,
                          guint       position)
{
  EscEditList *self = edit_new (owner, list);

  self->position = position;
  g_return_val_if_fail (position < list_length (self), ESC_EDIT (self));
  if (is_elections (self))
    self->item = g_list_model_get_item (esc_dataset_get_elections (ESC_DATASET (self->owner)), position);
  else
    self->item = self->ref (g_ptr_array_index (esc_fields_get_list (self->owner, list), position));
  return ESC_EDIT (self);
}
