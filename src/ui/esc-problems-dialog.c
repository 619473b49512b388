/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Why a dataset did not open: every problem, readable and copyable, over the window
 * that keeps showing what it had. */
#include "config.h"

#include <glib/gi18n.h>

#include "esc-problem.h"
#include "esc-accessible.h"
#include "esc-problems-dialog.h"

/* Problems, as `escrutinio --validate` prints them, for pasting into a bug report or
 * an editor. */
char *
esc_problems_to_text (GPtrArray  *problems,
                      const char *display_name)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      g_autofree char *line = esc_problem_to_string (g_ptr_array_index (problems, i), display_name);

      g_string_append_printf (text, "%s\n", line);
    }
  return g_string_free (text, FALSE);
}

static GtkWidget *
plain_label (const char *text,
             const char *style_class)
{
  GtkWidget *label = gtk_label_new (text);

  /* Dataset text: never markup. Not selectable: the row is the one Tab stop, and Copy
   * Problems copies them all. */
  gtk_label_set_use_markup (GTK_LABEL (label), FALSE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (style_class != NULL)
    gtk_widget_add_css_class (label, style_class);
  return label;
}

static GtkWidget *
problem_row (EscProblem *problem)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *row;
  g_autofree char *place = NULL;
  const char *severity = problem->severity == ESC_SEVERITY_ERROR ? _("Error") : _("Warning");

  if (problem->line > 0)
    /* Translators: "Error · line 3, column 14 · $.elections[0].id" */
    place = g_strdup_printf (_("%s · line %u, column %u · %s"), severity, problem->line, problem->column, problem->path);
  else
    place = g_strdup_printf ("%s · %s", severity, problem->path);

  gtk_widget_set_margin_top (box, 9);
  gtk_widget_set_margin_bottom (box, 9);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), plain_label (place, problem->severity == ESC_SEVERITY_ERROR ? "error" : "warning"));
  gtk_box_append (GTK_BOX (box), plain_label (problem->message, NULL));
  gtk_widget_add_css_class (gtk_widget_get_first_child (box), "caption");
  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, problem->message,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, place, -1);
  return row;
}

static GtkWidget *
problem_list (GPtrArray *problems)
{
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < problems->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (list), problem_row (g_ptr_array_index (problems, i)));

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_accessible_update_property (GTK_ACCESSIBLE (scrolled), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Problems"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Problems"), -1);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
  return scrolled;
}

static void
on_copy_clicked (GtkButton  *button,
                 const char *text)
{
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (button)), text);
  gtk_button_set_label (button, _("Copied"));
  esc_accessible_mend (GTK_WIDGET (button));
}

/* The list, and a button that copies it. A button rather than a dialog response, since
 * responses close the dialog and the user may still be reading. */
static GtkWidget *
problem_panel (GPtrArray  *problems,
               const char *display_name)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *copy = gtk_button_new_with_mnemonic (_("_Copy Problems"));
  char *text = esc_problems_to_text (problems, display_name);

  g_object_set_data_full (G_OBJECT (copy), "problems-text", text, g_free);
  g_signal_connect (copy, "clicked", G_CALLBACK (on_copy_clicked), text);
  gtk_widget_set_halign (copy, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (copy, "pill");

  gtk_box_append (GTK_BOX (box), problem_list (problems));
  gtk_box_append (GTK_BOX (box), copy);
  return box;
}

void
esc_problems_dialog_add_list (AdwMessageDialog *dialog,
                              GPtrArray        *problems,
                              const char       *display_name)
{
  g_return_if_fail (ADW_IS_MESSAGE_DIALOG (dialog));
  g_return_if_fail (problems != NULL);

  adw_message_dialog_set_extra_child (dialog, problem_panel (problems, display_name));
}

/* A file refused unread (a directory, a file too large) has one problem, which the
 * dialog's body already says. */
static gboolean
only_repeats (GPtrArray    *problems,
              const GError *error)
{
  return problems->len == 1
         && g_str_equal (((EscProblem *) g_ptr_array_index (problems, 0))->message, error->message);
}

/**
 * esc_problems_dialog_present:
 * @display_name: the file as the user knows it
 * @error: why it did not open
 * @problems: (nullable) (element-type EscProblem): what was wrong, if it was read
 */
GtkWindow *
esc_problems_dialog_present (GtkWindow    *parent,
                             const char   *display_name,
                             const GError *error,
                             GPtrArray    *problems)
{
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error != NULL, NULL);

  /* Translators: %s is a file name. */
  heading = g_strdup_printf (_("Could Not Open “%s”"), display_name);
  dialog = adw_message_dialog_new (parent, heading, error->message);
  adw_message_dialog_set_body_use_markup (ADW_MESSAGE_DIALOG (dialog), FALSE);

  if (problems != NULL && problems->len > 0 && !only_repeats (problems, error))
    esc_problems_dialog_add_list (ADW_MESSAGE_DIALOG (dialog), problems, display_name);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}
