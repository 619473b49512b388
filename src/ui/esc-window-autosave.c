/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Autosave and recovery: a dataset with unsaved changes is written, a few seconds after
 * each change, to the user's data folder (escrutinio/autosave/KEY.json, with its
 * file's URI in KEY.uri), and the copy is removed once the dataset is saved or its
 * changes are discarded. A copy still there when the app starts is work a crash or a
 * kill left behind: the first window offers to recover it. */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "esc-dataset-writer.h"
#include "esc-window-private.h"

#define AUTOSAVE_DELAY_MS 3000

static char *
autosave_folder (void)
{
  return g_build_filename (g_get_user_data_dir (), "escrutinio", "autosave", NULL);
}

/* KEY.json and KEY.uri of the dataset on show: by its file, or made up once for a
 * dataset without one. */
static char *
autosave_path (EscWindow  *self,
               const char *extension)
{
  g_autofree char *folder = autosave_folder ();
  g_autofree char *name = NULL;

  if (self->autosave_key == NULL)
    {
      g_autofree char *uri = self->file ? g_file_get_uri (self->file) : g_uuid_string_random ();

      self->autosave_key = g_compute_checksum_for_string (G_CHECKSUM_SHA256, uri, -1);
    }
  name = g_strconcat (self->autosave_key, extension, NULL);
  return g_build_filename (folder, name, NULL);
}

void
esc_window_autosave_remove (EscWindow *self)
{
  g_autofree char *json = NULL;
  g_autofree char *uri = NULL;

  g_clear_handle_id (&self->autosave_source, g_source_remove);
  if (self->autosave_key == NULL)
    return;
  json = autosave_path (self, ".json");
  uri = autosave_path (self, ".uri");
  g_unlink (json);
  g_unlink (uri);
}

static gboolean
autosave_now (gpointer user_data)
{
  EscWindow *self = user_data;
  g_autofree char *folder = autosave_folder ();
  g_autofree char *json = autosave_path (self, ".json");
  g_autofree char *uri_path = autosave_path (self, ".uri");
  g_autofree char *uri = self->file ? g_file_get_uri (self->file) : g_strdup ("");
  g_autoptr(GBytes) bytes = esc_dataset_to_bytes (self->dataset);
  g_autoptr(GError) error = NULL;

  self->autosave_source = 0;
  /* Written whole and renamed in place, as any save: a crash mid-write keeps the last. */
  if (g_mkdir_with_parents (folder, 0700) != 0
      || !g_file_set_contents_full (json, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                    G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error)
      || !g_file_set_contents_full (uri_path, uri, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error))
    g_warning ("Cannot autosave to %s: %s", json, error ? error->message : g_strerror (errno));
  return G_SOURCE_REMOVE;
}

/* After each change: an autosave a few seconds on, or none once nothing is unsaved. */
void
esc_window_autosave_schedule (EscWindow *self)
{
  const char *delay = g_getenv ("ESC_AUTOSAVE_DELAY_MS");

  if (!esc_window_is_modified (self))
    {
      esc_window_autosave_remove (self);
      return;
    }
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  self->autosave_source = g_timeout_add (delay ? (guint) g_ascii_strtoull (delay, NULL, 10) : AUTOSAVE_DELAY_MS,
                                         autosave_now, self);
}

/* ---- Recovery ---- */

static void
recover_one (EscWindow  *self,
             const char *folder,
             const char *name)
{
  g_autofree char *json = g_build_filename (folder, name, NULL);
  g_autofree char *key = g_strndup (name, strlen (name) - strlen (".json"));
  g_autofree char *uri_name = g_strconcat (key, ".uri", NULL);
  g_autofree char *uri_path = g_build_filename (folder, uri_name, NULL);
  g_autofree char *uri = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(EscDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) copy = g_file_new_for_path (json);
  EscWindow *window;

  g_file_get_contents (uri_path, &uri, NULL, NULL);
  bytes = g_file_load_bytes (copy, NULL, NULL, &error);
  dataset = bytes ? esc_dataset_new_from_bytes (bytes, NULL, NULL, &error) : NULL;
  if (dataset == NULL)
    {
      g_autofree char *body = g_strdup_printf (_("The copy in “%s” does not open: %s"), json, error->message);

      esc_window_show_error (self, _("Unsaved Work Not Recovered"), body);
      return;
    }
  file = uri && *uri ? g_file_new_for_uri (uri) : NULL;
  /* This window, if it shows only the built-in dataset; else one of its own. */
  window = self->file == NULL && !esc_window_is_modified (self) ? self
           : esc_window_new (ADW_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
  esc_window_set_dataset (window, dataset, file);
  g_free (window->autosave_key);
  window->autosave_key = g_steal_pointer (&key);
  esc_history_forget_saved (esc_window_get_history (window));
  gtk_window_present (GTK_WINDOW (window));
}

static void
recover_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  EscWindow *self = ESC_WINDOW (widget);
  g_autofree char *folder = autosave_folder ();
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      recover_one (self, folder, name);
}

static guint
count_autosaves (void)
{
  g_autofree char *folder = autosave_folder ();
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    n += g_str_has_suffix (name, ".json");
  return n;
}

/* The application's first window: copies left are from a session that ended without
 * saving or discarding them. */
void
esc_window_autosave_offer_recovery (EscWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autofree char *title = NULL;
  guint n;
  AdwToast *toast;

  if (app == NULL || g_object_get_data (G_OBJECT (app), "esc-recovery-offered") != NULL)
    return;
  g_object_set_data (G_OBJECT (app), "esc-recovery-offered", GINT_TO_POINTER (TRUE));
  n = count_autosaves ();
  if (n == 0)
    return;
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Unsaved work from an earlier session was found",
                                        "Unsaved work on %u datasets from an earlier session was found", n), n);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Recover"));
  adw_toast_set_action_name (toast, "win.recover");
  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
esc_window_autosave_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.recover", NULL, recover_action);
}

void
esc_window_autosave_dispose (EscWindow *self)
{
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  g_clear_pointer (&self->autosave_key, g_free);
}
