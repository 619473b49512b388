/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Opening datasets: the built-in one, files from the chooser, the command line, drag
 * and drop and the recent list; reloading when the open file changes on disk. */
#include "config.h"

#include <glib/gi18n.h>

#include "esc-problems-dialog.h"
#include "esc-window-private.h"

#define MAX_RECENT 5
/* Editors save in bursts (write, rename, touch); wait for the last one. */
#define RELOAD_DELAY_MS 500

typedef struct {
  EscWindow *self;
  GFile *file;
  gboolean reload;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_object_unref (data->self);
  g_object_unref (data->file);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LoadData, load_data_free)

static char *
display_name (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  if (info != NULL)
    return g_strdup (g_file_info_get_display_name (info));
  return g_file_get_basename (file);
}

static void
remember_recent (EscWindow *self,
                 GFile     *file)
{
  g_auto(GStrv) old = g_settings_get_strv (self->settings, "recent-datasets");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *uri = g_file_get_uri (file);
  g_auto(GStrv) recent = NULL;
  guint n = 1;

  g_strv_builder_add (builder, uri);
  for (guint i = 0; old[i] != NULL && n < MAX_RECENT; i++)
    if (!g_str_equal (old[i], uri))
      {
        g_strv_builder_add (builder, old[i]);
        n++;
      }

  recent = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-datasets", (const char * const *) recent);
}

/* Menu labels take mnemonics: a file called "my_data.json" must not lose its "_". */
static char *
escape_mnemonic (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, "_", -1);

  return g_strjoinv ("__", parts);
}

void
esc_window_update_recent_menu (EscWindow *self)
{
  g_auto(GStrv) recent = g_settings_get_strv (self->settings, "recent-datasets");

  g_menu_remove_all (self->recent_section);
  for (guint i = 0; recent[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (recent[i]);
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *label = escape_mnemonic (name);
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target (item, "win.open-recent", "s", recent[i]);
      g_menu_append_item (self->recent_section, item);
    }
}

static void
stop_watching (EscWindow *self)
{
  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->monitor != NULL)
    {
      g_file_monitor_cancel (self->monitor);
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_clear_object (&self->monitor);
    }
}

static gboolean
reload_now (gpointer user_data)
{
  EscWindow *self = user_data;

  self->reload_source = 0;
  /* The window's own save, seen by the monitor as any other. */
  if (esc_window_edit_file_is_ours (self))
    return G_SOURCE_REMOVE;
  if (esc_window_is_modified (self))
    {
      /* Edits are never thrown away unasked: the toast offers what Reload asks. */
      g_autofree char *name = display_name (self->file);
      g_autofree char *message = g_markup_printf_escaped (_("“%s” changed on disk"), name);
      AdwToast *toast = adw_toast_new (message);

      adw_toast_set_button_label (toast, _("_Reload"));
      adw_toast_set_action_name (toast, "win.reload");
      adw_toast_set_timeout (toast, 0);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
      return G_SOURCE_REMOVE;
    }
  gtk_widget_activate_action (GTK_WIDGET (self), "win.reload", NULL);
  return G_SOURCE_REMOVE;
}

static void
on_file_changed (GFileMonitor      *monitor,
                 GFile             *file,
                 GFile             *other_file,
                 GFileMonitorEvent  event,
                 EscWindow         *self)
{
  /* Atomic saves by other programs arrive as a rename or a new file, not a change. */
  switch (event)
    {
    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
    case G_FILE_MONITOR_EVENT_CREATED:
    case G_FILE_MONITOR_EVENT_RENAMED:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
      g_clear_handle_id (&self->reload_source, g_source_remove);
      self->reload_source = g_timeout_add (RELOAD_DELAY_MS, reload_now, self);
      break;
    default:
      break;
    }
}

/* Watches the window's file for changes by other programs, and lists it as recent.
 * Inside Flatpak, files from the document portal send no events; Reload (Ctrl+R) is
 * always there for that. */
void
esc_window_watch_file (EscWindow *self)
{
  remember_recent (self, self->file);
  esc_window_update_recent_menu (self);
  stop_watching (self);
  self->monitor = g_file_monitor_file (self->file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->monitor != NULL)
    g_signal_connect (self->monitor, "changed", G_CALLBACK (on_file_changed), self);
}

/* While a dataset loads, the window draws nothing new: no frame competes with the
 * loader's threads for the processors, and no main-loop iteration waits on a redraw
 * of the whole window (bench-ui's longest gap). */
static void
set_loading (EscWindow *self,
             gboolean   loading)
{
  gtk_widget_set_visible (GTK_WIDGET (self->loading_indicator), loading);
}

static void
show_warnings (EscWindow *self,
               GFile     *file,
               GPtrArray *problems)
{
  g_autofree char *title = NULL;
  AdwToast *toast;

  /* The warnings on offer are always the open file's: a toast of the previous file may
   * still be showing, and its Show must not list those of another. */
  g_clear_pointer (&self->warnings, g_ptr_array_unref);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-warnings", problems != NULL && problems->len > 0);
  if (problems == NULL || problems->len == 0)
    return;

  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Opened with %u warning",
                                        "Opened with %u warnings", problems->len), problems->len);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Show"));
  adw_toast_set_action_name (toast, "win.show-warnings");
  self->warnings = g_ptr_array_ref (problems);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(LoadData) data = user_data;
  EscWindow *self = data->self;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(EscDataset) dataset = esc_dataset_load_finish (result, &problems, &error);
  g_autofree char *name = NULL;

  /* A newer load replaced this one, or the window went: nothing to show. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->loading);
  set_loading (self, FALSE);
  name = display_name (data->file);

  if (dataset == NULL)
    {
      esc_problems_dialog_present (GTK_WINDOW (self), name, error, problems);
      return;
    }

  /* A window with unsaved changes keeps them: another file opens in a window of its own. */
  if (!data->reload && esc_window_is_modified (self))
    {
      self = esc_window_new (ADW_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
      gtk_window_present (GTK_WINDOW (self));
    }
  esc_window_set_dataset (self, dataset, data->file);
  esc_window_watch_file (self);
  show_warnings (self, data->file, problems);

  if (data->reload)
    {
      /* Toast titles are Pango markup; file names are not. */
      g_autofree char *message = g_markup_printf_escaped (_("Reloaded “%s”"), name);
      AdwToast *toast = adw_toast_new (message);

      adw_toast_set_timeout (toast, 2);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
}

static void
load (EscWindow *self,
      GFile     *file,
      gboolean   reload)
{
  LoadData *data = g_new0 (LoadData, 1);

  g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  self->loading = g_cancellable_new ();
  set_loading (self, TRUE);

  data->self = g_object_ref (self);
  data->file = g_object_ref (file);
  data->reload = reload;
  esc_dataset_load_async (file, self->loading, on_loaded, data);
}

/* Loads @file off the main thread; the current dataset stays until the new one is
 * ready, and stays for good if the new one fails. */
void
esc_window_open_file (EscWindow *self,
                      GFile     *file)
{
  g_return_if_fail (ESC_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  load (self, file, FALSE);
}

/* The dataset compiled into the app: small and known good, so read in place. */
void
esc_window_load_default_dataset (EscWindow *self)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (RESOURCE_PATH "/default-dataset.json",
                                                     G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(EscDataset) dataset = NULL;

  g_assert (bytes != NULL);
  dataset = esc_dataset_new_from_bytes (bytes, NULL, NULL, &error);
  if (dataset == NULL)
    g_error ("The built-in dataset does not load: %s", error->message);

  esc_window_set_dataset (self, dataset, NULL);
}

static void
reload_discarding (EscWindow *self)
{
  load (self, self->file, TRUE);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  EscWindow *self = ESC_WINDOW (widget);
  GtkWidget *dialog;

  if (self->file == NULL)
    return;
  if (!esc_window_is_modified (self))
    {
      load (self, self->file, TRUE);
      return;
    }
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Discard Changes and Reload?"),
                                   _("Reloading reads the file again; the changes made here since it was last saved are lost."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "reload", _("_Discard and Reload"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "reload", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response::reload", G_CALLBACK (reload_discarding), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  esc_window_open_file (ESC_WINDOW (widget), file);
}

static void
show_warnings_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  EscWindow *self = ESC_WINDOW (widget);
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (self->warnings == NULL || self->file == NULL)
    return;

  name = display_name (self->file);
  heading = g_strdup_printf (_("Warnings for “%s”"), name);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   _("The dataset opened; these may still be mistakes."));
  adw_message_dialog_set_body_use_markup (ADW_MESSAGE_DIALOG (dialog), FALSE);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  esc_problems_dialog_add_list (ADW_MESSAGE_DIALOG (dialog), self->warnings, name);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         EscWindow     *self)
{
  GSList *files = g_value_get_boxed (value);

  if (files == NULL)
    return FALSE;

  if (esc_window_is_tally_file (files->data))
    esc_window_import_tally (self, files->data);
  else
    esc_window_open_file (self, files->data);
  return TRUE;
}

void
esc_window_dataset_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.show-warnings", NULL, show_warnings_action);
}

void
esc_window_dataset_init (EscWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect (target, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.reload", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-warnings", FALSE);
}

void
esc_window_dataset_dispose (EscWindow *self)
{
  g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  g_clear_pointer (&self->warnings, g_ptr_array_unref);
  stop_watching (self);
}
