/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Exporting a chart or the map: first the size, then where, then a toast. */
#include "config.h"

#include <glib/gi18n.h>

#include "esc-export-dialog.h"

/* What an export starts from: a 16:9 image that reads on a slide and in an article. */
#define DEFAULT_EXPORT_WIDTH 1600
#define DEFAULT_EXPORT_HEIGHT 900

typedef struct {
  GtkWidget *origin;
  EscExportFormat format;
  char *basename;
  char *title;
  EscExportFunc func;
  gpointer data;
  GDestroyNotify destroy;
  GtkSpinButton *width;
  GtkSpinButton *height;
} ExportRequest;

static void
export_request_free (ExportRequest *request)
{
  if (request->destroy != NULL)
    request->destroy (request->data);
  g_clear_object (&request->width);
  g_clear_object (&request->height);
  g_object_unref (request->origin);
  g_free (request->basename);
  g_free (request->title);
  g_free (request);
}

/* A toast in the window @origin is in. Toast titles are markup; @message is not. */
void
esc_toast (GtkWidget  *origin,
           const char *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (origin, ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (escaped));
}

static GtkWindow *
parent_window (GtkWidget *origin)
{
  return GTK_WINDOW (gtk_widget_get_root (origin));
}

static void
on_save_response (GtkNativeDialog *chooser,
                  int              response,
                  ExportRequest   *request)
{
  g_autoptr(GFile) file = response == GTK_RESPONSE_ACCEPT ? gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser)) : NULL;
  g_autofree char *path = file ? g_file_get_path (file) : NULL;
  g_autoptr(GError) error = NULL;
  EscChartStyle style;

  if (path != NULL)
    {
      /* Exports are for print and slides: always the light scheme, whatever the desktop's. */
      esc_chart_style_init_default (&style, FALSE);
      if (request->func (request->data, request->format,
                         gtk_spin_button_get_value_as_int (request->width),
                         gtk_spin_button_get_value_as_int (request->height),
                         request->format == ESC_EXPORT_PNG ? 2 : 1, &style, path, &error))
        {
          g_autofree char *name = g_file_get_basename (file);
          g_autofree char *message = g_strdup_printf (_("Exported “%s”"), name);

          esc_toast (request->origin, message);
        }
      else
        {
          AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent_window (request->origin),
                                                                                _("Could Not Export the Chart"),
                                                                                error->message));
          adw_message_dialog_add_response (dialog, "close", _("_Close"));
          gtk_window_present (GTK_WINDOW (dialog));
        }
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  export_request_free (request);
}

static void
on_size_response (AdwMessageDialog *dialog,
                  const char       *response,
                  ExportRequest    *request)
{
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;

  if (g_strcmp0 (response, "export") != 0)
    {
      export_request_free (request);
      return;
    }

  chooser = gtk_file_chooser_native_new (request->title, parent_window (request->origin),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  name = g_strdup_printf ("%s.%s", request->basename, esc_export_format_extension (request->format));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (on_save_response), request);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static GtkWidget *
size_row (const char     *label_text,
          int             value,
          GtkSpinButton **out)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new_with_mnemonic (label_text);
  GtkWidget *spin = gtk_spin_button_new_with_range (200, 8000, 10);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), spin);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), spin);
  /* Kept past the dialog, which closes before the file is chosen. */
  *out = GTK_SPIN_BUTTON (g_object_ref (spin));
  return box;
}

/**
 * esc_export_dialog_present:
 * @basename: the file name to suggest, without extension
 * @func: writes the picture; called with @data once the user has chosen a file
 */
void
esc_export_dialog_present (GtkWidget       *origin,
                           const char      *title,
                           EscExportFormat  format,
                           const char      *basename,
                           EscExportFunc    func,
                           gpointer         data,
                           GDestroyNotify   destroy)
{
  ExportRequest *request = g_new0 (ExportRequest, 1);
  GtkWidget *sizes = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  AdwMessageDialog *dialog;

  request->origin = g_object_ref (origin);
  request->format = format;
  request->basename = g_strdup (basename);
  request->title = g_strdup (title);
  request->func = func;
  request->data = data;
  request->destroy = destroy;

  gtk_box_append (GTK_BOX (sizes), size_row (_("_Width"), DEFAULT_EXPORT_WIDTH, &request->width));
  gtk_box_append (GTK_BOX (sizes), size_row (_("_Height"), DEFAULT_EXPORT_HEIGHT, &request->height));

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent_window (origin), title,
                                                       format == ESC_EXPORT_PNG
                                                       ? _("Size in pixels; the image is drawn at twice that for sharp print.")
                                                       : _("Size in points.")));
  adw_message_dialog_set_extra_child (dialog, sizes);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "export", _("_Choose File…"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "export", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "export");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_size_response), request);
  gtk_window_present (GTK_WINDOW (dialog));
}
