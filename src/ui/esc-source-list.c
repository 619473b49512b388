/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The sources of an item a form edits, one row each in a group of the form: the
 * article's title and the quote, with a button that marks the source to go when the
 * form saves, or to stay. A source stays while no other does: an item cites one. */
#include "config.h"

#include <glib/gi18n.h>

#include "esc-article.h"
#include "esc-edit-list.h"
#include "esc-source.h"
#include "esc-source-list.h"
#include "esc-tally-text.h"

struct _EscSourceList
{
  GObject parent_instance;
  GObject *item;
  GPtrArray *sources;     /* EscSource, the item's */
  GPtrArray *buttons;     /* GtkButton, one per source, borrowed from the group */
  GHashTable *removed;    /* EscSource set */
};

G_DEFINE_FINAL_TYPE (EscSourceList, esc_source_list, G_TYPE_OBJECT)

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_buttons (EscSourceList *self)
{
  guint left = self->buttons->len - g_hash_table_size (self->removed);

  for (guint i = 0; i < self->buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (self->buttons, i);
      GtkWidget *row = gtk_widget_get_ancestor (button, ADW_TYPE_ACTION_ROW);
      gboolean removed = g_hash_table_contains (self->removed, g_ptr_array_index (self->sources, i));
      const char *label = removed ? _("Keep this source") : _("Remove this source");

      gtk_widget_set_sensitive (button, removed || left > 1);
      gtk_button_set_icon_name (GTK_BUTTON (button), removed ? "edit-undo-symbolic" : "user-trash-symbolic");
      gtk_widget_set_tooltip_text (button, label);
      /* Named by what it does; described, after the tooltip, by whose source it is. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                                      -1);
      gtk_widget_set_opacity (row, removed ? 0.5 : 1.0);
    }
}

static void
on_button (GtkButton     *button,
           EscSourceList *self)
{
  guint index;
  EscSource *source;

  if (!g_ptr_array_find (self->buttons, button, &index))
    return;
  source = g_ptr_array_index (self->sources, index);
  if (!g_hash_table_remove (self->removed, source))
    g_hash_table_add (self->removed, source);
  update_buttons (self);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static GtkWidget *
source_row (EscSourceList *self,
            EscSource     *source)
{
  EscArticle *article = esc_source_get_article (source);
  EscTally *tally = esc_source_get_tally (source);
  EscLocalizedText *title = article != NULL ? esc_article_get_title (article) : NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  /* Dataset text: never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (tally != NULL)
    {
      g_autofree char *coverage = esc_tally_text_coverage (tally);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), esc_tally_get_file (tally));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), coverage);
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     title ? esc_localized_text_get (title) : esc_article_get_id (article));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), esc_source_get_quote (source));
    }
  /* The button is the row's one Tab stop; whose source it removes is its description. */
  gtk_widget_set_focusable (row, FALSE);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_button), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  g_ptr_array_add (self->buttons, button);
  return row;
}

/* Removes the sources marked, last first so that undoing puts each back in its place,
 * as edits of @edits. */
void
esc_source_list_add_removals (EscSourceList *self,
                              EscEditGroup  *edits)
{
  g_return_if_fail (ESC_IS_SOURCE_LIST (self));

  for (guint i = self->sources->len; i-- > 0;)
    if (g_hash_table_contains (self->removed, g_ptr_array_index (self->sources, i)))
      esc_edit_group_add (edits, esc_edit_list_new_remove (self->item, "sources", i));
}

static void
esc_source_list_dispose (GObject *object)
{
  EscSourceList *self = ESC_SOURCE_LIST (object);

  g_clear_object (&self->item);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  g_clear_pointer (&self->buttons, g_ptr_array_unref);
  g_clear_pointer (&self->removed, g_hash_table_unref);
  G_OBJECT_CLASS (esc_source_list_parent_class)->dispose (object);
}

static void
esc_source_list_class_init (EscSourceListClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = esc_source_list_dispose;

  /**
   * EscSourceList::changed:
   *
   * A source was marked to go, or to stay: esc_source_list_get_removed().
   */
  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                          NULL, G_TYPE_NONE, 0);
}

/**
 * esc_source_list_get_removed:
 *
 * Returns: (transfer none): the set of the sources marked to go
 */
GHashTable *
esc_source_list_get_removed (EscSourceList *self)
{
  g_return_val_if_fail (ESC_IS_SOURCE_LIST (self), NULL);

  return self->removed;
}

static void
esc_source_list_init (EscSourceList *self)
{
  self->buttons = g_ptr_array_new ();
  self->removed = g_hash_table_new (NULL, NULL);
}

/**
 * esc_source_list_new:
 * @group: the form's group the rows go in; hidden where @item cites nothing
 * @item: an item with sources (a claim, region or reaction), or any other, which has
 *   none to list
 */
EscSourceList *
esc_source_list_new (AdwPreferencesGroup *group,
                     gpointer             item)
{
  EscSourceList *self = g_object_new (ESC_TYPE_SOURCE_LIST, NULL);

  self->item = g_object_ref (item);
  if (g_object_class_find_property (G_OBJECT_GET_CLASS (item), "sources") != NULL)
    g_object_get (item, "sources", &self->sources, NULL);
  else
    self->sources = g_ptr_array_new ();
  for (guint i = 0; i < self->sources->len; i++)
    adw_preferences_group_add (group, source_row (self, g_ptr_array_index (self->sources, i)));
  gtk_widget_set_visible (GTK_WIDGET (group), self->sources->len > 0);
  update_buttons (self);
  return self;
}
