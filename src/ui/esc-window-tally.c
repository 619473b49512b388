/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's part in importing tally sheets: Import Tally Sheets… in the main menu,
 * and a CSV file dropped on the window (esc-window-dataset.c). */
#include "config.h"

#include <glib/gi18n.h>

#include "esc-tally-dialog.h"
#include "esc-window-private.h"

/* Opens the import dialog on @file, for the election on show. */
void
esc_window_import_tally (EscWindow *self,
                         GFile     *file)
{
  EscElection *election = esc_window_selected_election (self);

  g_return_if_fail (ESC_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (election == NULL || self->history == NULL)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  esc_tally_dialog_new (GTK_WINDOW (self), self->history, self->dataset, election, file);
}

/* A file dropped on the window is tally sheets when its name says it is a table. */
gboolean
esc_window_is_tally_file (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *lower = name != NULL ? g_ascii_strdown (name, -1) : NULL;

  return lower != NULL && (g_str_has_suffix (lower, ".csv") || g_str_has_suffix (lower, ".tsv"));
}

static void
on_import_response (GtkNativeDialog *dialog,
                    int              response,
                    EscWindow       *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        esc_window_import_tally (self, file);
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
import_tally_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Import Tally Sheets"), GTK_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Tally sheets (CSV)"));
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_filter_add_suffix (filter, "tsv");
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_import_response), widget, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
esc_window_tally_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import-tally", NULL, import_tally_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.import-tally", NULL);
}
