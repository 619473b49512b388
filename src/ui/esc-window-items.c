/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Editing and deleting the items of the dataset on show, asked for by list and
 * position ("parties", 2) from the Table, or for the election on show and the dataset
 * from the menu. A figure opens in its own form (esc-cite-dialog.c), anything else in
 * the form made from its properties (esc-item-form.c). Deleting something other items
 * stand on lists them first (esc_delete_new()). */
#include "config.h"

#include <glib/gi18n.h>

#include "esc-chart-text.h"
#include "esc-cite-dialog.h"
#include "esc-delete.h"
#include "esc-item-form.h"
#include "esc-window-private.h"

/* Lists of the dataset, and of the election on show, with the forms' titles. */
static const struct {
  const char *list;
  gboolean of_election;
  const char *edit_title;
  const char *delete_label;
  const char *deleted;
} kinds[] = {
  { "claims", TRUE, N_("Edit Figure"), N_("Delete a figure"), N_("Figure deleted") },
  { "parties", TRUE, N_("Edit Party"), N_("Delete a party"), N_("Party deleted") },
  { "regions", TRUE, N_("Edit Region"), N_("Delete a region"), N_("Region deleted") },
  { "reactions", TRUE, N_("Edit Reaction"), N_("Delete a reaction"), N_("Reaction deleted") },
  { "articles", FALSE, N_("Edit Article"), N_("Delete an article"), N_("Article deleted") },
  { "claimants", FALSE, N_("Edit Claimant"), N_("Delete a claimant"), N_("Claimant deleted") },
};

/* The item at (list, position) of the parameter, and which kind it is; NULL if there
 * is none, as when the dataset changed since the Table asked. */
static gpointer
item_at (EscWindow *self,
         GVariant  *parameter,
         guint     *kind,
         GPtrArray **list)
{
  const char *name;
  guint position;
  EscElection *election = esc_window_selected_election (self);

  g_variant_get (parameter, "(&su)", &name, &position);
  for (*kind = 0; *kind < G_N_ELEMENTS (kinds); (*kind)++)
    if (g_str_equal (kinds[*kind].list, name))
      break;
  if (*kind == G_N_ELEMENTS (kinds) || (kinds[*kind].of_election && election == NULL))
    return NULL;
  g_object_get (kinds[*kind].of_election ? (gpointer) election : (gpointer) self->dataset, name, list, NULL);
  if (position >= (*list)->len)
    {
      g_clear_pointer (list, g_ptr_array_unref);
      return NULL;
    }
  return g_ptr_array_index (*list, position);
}

static void
edit_item_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  EscWindow *self = ESC_WINDOW (widget);
  EscElection *election = esc_window_selected_election (self);
  g_autoptr(GPtrArray) list = NULL;
  guint kind;
  gpointer item = item_at (self, parameter, &kind, &list);

  if (item == NULL)
    gtk_widget_error_bell (widget);
  else if (ESC_IS_CLAIM (item))
    esc_cite_dialog_new_for_edit (GTK_WINDOW (self), self->history, election, item);
  else
    esc_item_form_new (GTK_WINDOW (self), self->history, self->dataset, item, list,
                       election ? esc_election_get_parties (election) : NULL, _(kinds[kind].edit_title));
}

static void
edit_election_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  EscWindow *self = ESC_WINDOW (widget);
  EscElection *election = esc_window_selected_election (self);

  if (election != NULL)
    esc_item_form_new (GTK_WINDOW (self), self->history, self->dataset, election, NULL, NULL, _("Edit Election"));
}

static void
edit_dataset_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  EscWindow *self = ESC_WINDOW (widget);

  esc_item_form_new (GTK_WINDOW (self), self->history, self->dataset, self->dataset, NULL, NULL,
                     _("Edit Dataset Details"));
}

static void
do_delete (EscWindow  *self,
           EscEdit    *edit,
           const char *deleted)
{
  AdwToast *toast = adw_toast_new (deleted);

  esc_history_do (self->history, edit);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
on_delete_response (AdwMessageDialog *dialog,
                    const char       *response,
                    EscWindow        *self)
{
  EscEdit *edit = g_object_get_data (G_OBJECT (dialog), "edit");

  /* Another dataset came meanwhile (a reload): the edit is of the one that went. */
  if (g_object_get_data (G_OBJECT (dialog), "history") != self->history)
    return;
  if (g_str_equal (response, "delete"))
    do_delete (self, g_object_ref (edit), g_object_get_data (G_OBJECT (dialog), "deleted"));
}

/* What goes with an item, one line each, at most @max of them. */
static char *
list_also (GPtrArray *also,
           guint      n_quotes)
{
  const guint max = 8;
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < also->len && i < max; i++)
    {
      g_autofree char *item = esc_text_item (g_ptr_array_index (also, i));

      g_string_append_printf (text, "%s• %s", i > 0 ? "\n" : "", item);
    }
  if (also->len > max)
    {
      g_string_append (text, "\n• ");
      g_string_append_printf (text, g_dngettext (NULL, "and %u more item", "and %u more items", also->len - max),
                              also->len - max);
    }
  if (n_quotes > 0)
    {
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, g_dngettext (NULL, "• %u quote, from items that cite other sources too",
                                                 "• %u quotes, from items that cite other sources too", n_quotes),
                              n_quotes);
    }
  return g_string_free (text, FALSE);
}

static void
ask_to_delete (EscWindow  *self,
               gpointer    item,
               EscEdit    *edit,
               GPtrArray  *also,
               guint       n_quotes,
               const char *deleted)
{
  g_autofree char *name = esc_text_item (item);
  g_autofree char *listed = list_also (also, n_quotes);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), NULL,
                                              _("Deleting it also deletes what stands on it:"));
  GtkWidget *list = gtk_label_new (listed);

  /* Dataset text, as text: never markup. */
  gtk_label_set_xalign (GTK_LABEL (list), 0);
  gtk_label_set_wrap (GTK_LABEL (list), TRUE);
  gtk_label_set_selectable (GTK_LABEL (list), TRUE);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);

  /* The heading is plain text: the name is the dataset's. */
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog), _("Delete “%s”?"), name);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "edit", g_object_ref (edit), g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "history", g_object_ref (self->history), g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "deleted", (gpointer) deleted);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_item_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  EscWindow *self = ESC_WINDOW (widget);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) also = NULL;
  guint kind, n_quotes = 0;
  gpointer item = item_at (self, parameter, &kind, &list);
  g_autoptr(EscEdit) edit = NULL;

  if (item != NULL)
    edit = esc_delete_new (self->dataset, item, _(kinds[kind].delete_label), &also, &n_quotes);

  if (edit == NULL)
    gtk_widget_error_bell (widget);
  else if (also->len == 0 && n_quotes == 0)
    do_delete (self, g_steal_pointer (&edit), _(kinds[kind].deleted));
  else
    ask_to_delete (self, item, edit, also, n_quotes, _(kinds[kind].deleted));
}

void
esc_window_items_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.edit-item", "(su)", edit_item_action);
  gtk_widget_class_install_action (widget_class, "win.delete-item", "(su)", delete_item_action);
  gtk_widget_class_install_action (widget_class, "win.edit-election", NULL, edit_election_action);
  gtk_widget_class_install_action (widget_class, "win.edit-dataset", NULL, edit_dataset_action);
}
