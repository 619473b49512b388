/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Editing in the window: one history of undo and redo per open dataset, saving to its
 * file or another, and never losing work: a dataset with unsaved changes is not closed
 * or reloaded without asking, and a file changed on disk since it was opened is not
 * overwritten without asking. */
#include "config.h"

#include <glib/gi18n.h>

#include "esc-article-dialog.h"
#include "esc-cite.h"
#include "esc-cite-dialog.h"
#include "esc-dataset-writer.h"
#include "esc-edit-list.h"
#include "esc-new-dialog.h"
#include "esc-party-dialog.h"
#include "esc-problems-dialog.h"
#include "esc-reaction-dialog.h"
#include "esc-region-dialog.h"
#include "esc-window-private.h"

static void
update_actions (EscWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_action_set_enabled (widget, "win.undo", self->history && esc_history_can_undo (self->history));
  gtk_widget_action_set_enabled (widget, "win.redo", self->history && esc_history_can_redo (self->history));
}

/* "• Title" while there are changes to save, as GNOME's editors mark a document. */
static void
update_title (EscWindow *self)
{
  const char *title = esc_localized_text_get (esc_dataset_get_title (self->dataset));
  g_autofree char *subtitle = NULL;

  if (title == NULL)
    title = _("Untitled Dataset");
  subtitle = esc_window_is_modified (self) ? g_strdup_printf (_("• %s"), title) : g_strdup (title);
  adw_view_switcher_title_set_subtitle (self->switcher_title, subtitle);
}

static void
on_history_changed (EscWindow *self)
{
  update_actions (self);
  update_title (self);
  esc_window_autosave_schedule (self);
}

/* The forms open over the window edit the dataset that goes: they go with it, rather
 * than put what they save in a history no longer shown. */
static void
close_forms (EscWindow *self)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = g_list_model_get_n_items (toplevels); i-- > 0;)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (gtk_window_get_transient_for (window) == GTK_WINDOW (self) && ADW_IS_WINDOW (window)
          && !ADW_IS_MESSAGE_DIALOG (window))
        gtk_window_destroy (window);
    }
}

/* Starts a new history for the dataset on show; the file it came from is @etag. */
void
esc_window_edit_set_dataset (EscWindow  *self,
                             const char *etag)
{
  if (self->history != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->history, self);
      close_forms (self);
    }
  g_clear_object (&self->history);
  /* The dataset it was a copy of is gone: its changes were saved or let go. */
  esc_window_autosave_remove (self);
  g_clear_pointer (&self->autosave_key, g_free);
  self->history = esc_history_new (self->dataset);
  g_signal_connect_swapped (self->history, "notify::modified", G_CALLBACK (on_history_changed), self);
  g_signal_connect_swapped (self->history, "notify::can-undo", G_CALLBACK (on_history_changed), self);
  g_signal_connect_swapped (self->history, "notify::can-redo", G_CALLBACK (on_history_changed), self);
  g_free (self->etag);
  self->etag = g_strdup (etag);
  on_history_changed (self);
}

gboolean
esc_window_is_modified (EscWindow *self)
{
  g_return_val_if_fail (ESC_IS_WINDOW (self), FALSE);

  return self->history != NULL && esc_history_is_modified (self->history);
}

/* The history of the dataset on show, for the forms that edit it. */
EscHistory *
esc_window_get_history (EscWindow *self)
{
  g_return_val_if_fail (ESC_IS_WINDOW (self), NULL);

  return self->history;
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EscWindow *self = ESC_WINDOW (widget);
  g_autofree char *message = NULL;
  AdwToast *toast;

  if (self->history == NULL || !esc_history_can_undo (self->history))
    return;
  /* Toast titles are markup; what an edit did may quote the dataset. */
  message = g_markup_printf_escaped (_("Undone: %s"), esc_history_get_undo_label (self->history));
  esc_history_undo (self->history);
  toast = adw_toast_new (message);
  adw_toast_set_timeout (toast, 2);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EscWindow *self = ESC_WINDOW (widget);

  if (self->history != NULL && esc_history_can_redo (self->history))
    esc_history_redo (self->history);
}

/* Cite as Figure, Reaction or Region: (article id, passage) from the reader, for the
 * election on show; the item the passage states, in its form. */
static void
cite_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EscWindow *self = ESC_WINDOW (widget);
  EscElection *election = esc_window_selected_election (self);
  const char *id, *quote;
  EscArticle *article;
  GtkWindow *parent = GTK_WINDOW (self);

  g_variant_get (parameter, "(&s&s)", &id, &quote);
  article = esc_dataset_lookup_article (self->dataset, id);
  if (election == NULL || article == NULL || *quote == '\0')
    {
      gtk_widget_error_bell (widget);
      return;
    }
  if (g_str_equal (action_name, "win.cite-figure"))
    {
      g_autoptr(EscClaim) claim = esc_cite_claim (election, article, quote);

      esc_cite_dialog_new (parent, self->history, election, claim);
    }
  else if (g_str_equal (action_name, "win.cite-reaction"))
    {
      g_autoptr(EscReaction) reaction = esc_cite_reaction (election, article, quote);

      esc_reaction_dialog_new (parent, self->history, election, reaction);
    }
  else
    {
      g_autoptr(EscRegion) region = esc_cite_region (election, article, quote);

      esc_region_dialog_new (parent, self->history, election, region);
    }
}

static void
add_article_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  EscWindow *self = ESC_WINDOW (widget);

  esc_article_dialog_new (GTK_WINDOW (self), self->history);
}

static void
add_party_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  EscWindow *self = ESC_WINDOW (widget);
  EscElection *election = esc_window_selected_election (self);

  if (election != NULL)
    esc_party_dialog_new (GTK_WINDOW (self), self->history, election);
}

/* A new dataset opens in a window of its own, made here and saved nowhere yet: closing
 * it asks. */
static void
on_created (EscWindow  *self,
            EscDataset *dataset)
{
  EscWindow *window = esc_window_new (ADW_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));

  esc_window_set_dataset (window, dataset, NULL);
  esc_history_forget_saved (window->history);
  gtk_window_present (GTK_WINDOW (window));
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  EscNewDialog *dialog = esc_new_dialog_new (GTK_WINDOW (widget));

  g_signal_connect_object (dialog, "created", G_CALLBACK (on_created), widget, G_CONNECT_SWAPPED);
}

/* ---- Saving ---- */

typedef struct {
  EscWindow *self;
  GFile *file;
  char *etag;             /* the version of @file the save may replace, or NULL */
  gboolean close_after;
} SaveData;

static SaveData *
save_data_new (EscWindow  *self,
               GFile      *file,
               const char *etag,
               gboolean    close_after)
{
  SaveData *data = g_new0 (SaveData, 1);

  data->self = g_object_ref (self);
  data->file = file ? g_object_ref (file) : NULL;
  data->etag = g_strdup (etag);
  data->close_after = close_after;
  return data;
}

static void
save_data_free (SaveData *data)
{
  g_object_unref (data->self);
  g_clear_object (&data->file);
  g_free (data->etag);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SaveData, save_data_free)

static void
save_data_notify (gpointer  data,
                  GClosure *closure)
{
  save_data_free (data);
}

static void save_to (EscWindow *self, GFile *file, const char *etag, gboolean close_after, EscSaveFlags flags);

static void
on_overwrite_response (AdwMessageDialog *dialog,
                       const char       *response,
                       SaveData         *data)
{
  if (g_str_equal (response, "save"))
    save_to (data->self, data->file, NULL, data->close_after, ESC_SAVE_REFUSE_ERRORS);
}

static void
on_errors_response (AdwMessageDialog *dialog,
                    const char       *response,
                    SaveData         *data)
{
  if (g_str_equal (response, "save"))
    save_to (data->self, data->file, data->etag, data->close_after, ESC_SAVE_NONE);
}

/* The loader would find errors in the file: they are listed, and the user saves
 * anyway or goes back to fix them. Work is never trapped in the app. */
static void
ask_to_save_with_errors (SaveData  *data,
                         GPtrArray *problems)
{
  g_autofree char *name = g_file_get_basename (data->file);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (data->self), _("The Dataset Has Errors"),
                                              _("Saved as it is, the file will not open in Escrutinio until "
                                                "they are fixed, here or in a text editor."));

  esc_problems_dialog_add_list (ADW_MESSAGE_DIALOG (dialog), problems, name);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "save", _("_Save Anyway"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_errors_response),
                         save_data_new (data->self, data->file, data->etag, data->close_after),
                         save_data_notify, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Someone else changed the file since it was opened or saved: theirs or ours? */
static void
ask_to_overwrite (SaveData *data)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (data->self), _("The File Changed on Disk"),
                                              _("Another program changed the file since it was opened here. "
                                                "Saving replaces its changes with this dataset."));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "save", _("_Save Anyway"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_overwrite_response),
                         save_data_new (data->self, data->file, NULL, data->close_after),
                         save_data_notify, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_saved (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(SaveData) data = user_data;
  EscWindow *self = data->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  if (!esc_dataset_save_finish (ESC_DATASET (source), result, &etag, &problems, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG))
        ask_to_overwrite (data);
      else if (problems != NULL)
        ask_to_save_with_errors (data, problems);
      else
        esc_window_show_error (self, _("The Dataset Was Not Saved"), error->message);
      return;
    }
  /* Saved from another dataset than the one on show (a reload came between): done. */
  if (ESC_DATASET (source) != self->dataset)
    return;
  g_free (self->etag);
  self->etag = g_steal_pointer (&etag);
  esc_window_set_file (self, data->file);
  esc_history_mark_saved (self->history);
  if (data->close_after)
    gtk_window_destroy (GTK_WINDOW (self));
}

/* Saves to @file; with an @etag, only if @file is still that version. */
static void
save_to (EscWindow    *self,
         GFile        *file,
         const char   *etag,
         gboolean      close_after,
         EscSaveFlags  flags)
{
  esc_dataset_save_async (self->dataset, file, etag, flags, NULL, on_saved,
                          save_data_new (self, file, etag, close_after));
}

static void
on_save_as_response (GtkNativeDialog *chooser,
                     int              response,
                     SaveData        *data)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      /* The chooser asked before replacing another file. */
      if (file != NULL)
        save_to (data->self, file, NULL, data->close_after, ESC_SAVE_REFUSE_ERRORS);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  save_data_free (data);
}

static char *
suggested_name (EscWindow *self)
{
  g_autofree char *name = NULL;

  if (self->file != NULL)
    return g_file_get_basename (self->file);
  name = g_strdup (esc_localized_text_get (esc_dataset_get_title (self->dataset)));
  return g_strdup_printf ("%s.json", name && *name ? g_strdelimit (name, "/\\:", '-') : _("dataset"));
}

static void
choose_file_and_save (EscWindow *self,
                      gboolean   close_after)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = suggested_name (self);
  g_autoptr(GFile) folder = self->file ? g_file_get_parent (self->file) : NULL;

  chooser = gtk_file_chooser_native_new (_("Save Dataset"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Election datasets (JSON)"));
  gtk_file_filter_add_suffix (filter, "json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  g_signal_connect (chooser, "response", G_CALLBACK (on_save_as_response),
                    save_data_new (self, NULL, NULL, close_after));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The built-in dataset has no file of its own: it is saved as a copy. */
static void
save (EscWindow *self,
      gboolean   close_after)
{
  if (self->file == NULL)
    choose_file_and_save (self, close_after);
  else
    save_to (self, self->file, self->etag, close_after, ESC_SAVE_REFUSE_ERRORS);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  save (ESC_WINDOW (widget), FALSE);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  choose_file_and_save (ESC_WINDOW (widget), FALSE);
}

/**
 * esc_window_save_to:
 *
 * Saves the dataset on show to @file, as Save As does once a file is chosen.
 */
void
esc_window_save_to (EscWindow *self,
                    GFile     *file)
{
  g_return_if_fail (ESC_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  save_to (self, file, NULL, FALSE, ESC_SAVE_REFUSE_ERRORS);
}

/* ---- Closing ---- */

static gboolean
destroy_now (gpointer window)
{
  gtk_window_destroy (window);
  return G_SOURCE_REMOVE;
}

static void
on_close_response (AdwMessageDialog *dialog,
                   const char       *response,
                   EscWindow        *self)
{
  /* Not while the dialog is still emitting its response: destroying the window takes
   * the dialog with it. */
  if (g_str_equal (response, "discard"))
    {
      esc_window_autosave_remove (self);
      g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, destroy_now, g_object_ref (self), g_object_unref);
    }
  else if (g_str_equal (response, "save"))
    save (self, TRUE);
}

/* TRUE when closing waits for the user: the dataset has changes not saved. */
gboolean
esc_window_edit_close_request (EscWindow *self)
{
  GtkWidget *dialog;

  if (!esc_window_is_modified (self))
    return FALSE;
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Save Changes?"),
                                   _("The dataset has changes that are not saved. Closing without saving loses them."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "discard", _("_Discard"), "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_close_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

/* Whether the file on disk is the version this window last read or wrote: its own
 * saves must not look like another program's. */
gboolean
esc_window_edit_file_is_ours (EscWindow *self)
{
  g_autoptr(GFileInfo) info = NULL;

  if (self->file == NULL || self->etag == NULL)
    return FALSE;
  info = g_file_query_info (self->file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  return info != NULL && g_strcmp0 (g_file_info_get_etag (info), self->etag) == 0;
}

void
esc_window_edit_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.cite-figure", "(ss)", cite_action);
  gtk_widget_class_install_action (widget_class, "win.cite-reaction", "(ss)", cite_action);
  gtk_widget_class_install_action (widget_class, "win.cite-region", "(ss)", cite_action);
  gtk_widget_class_install_action (widget_class, "win.add-article", NULL, add_article_action);
  gtk_widget_class_install_action (widget_class, "win.add-party", NULL, add_party_action);
  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action);
}

void
esc_window_edit_dispose (EscWindow *self)
{
  if (self->history != NULL)
    g_signal_handlers_disconnect_by_data (self->history, self);
  g_clear_object (&self->history);
  g_clear_pointer (&self->etag, g_free);
}
