/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The floor for start-up on this stack: a libadwaita window of Escrutinio's default size
 * with a header bar and a label, which quits once it has painted its first frame, as
 * Escrutinio does with ESCRUTINIO_QUIT_AFTER_FIRST_FRAME set. Timed by bench-startup. */
#include <adwaita.h>

static void
quit_after_paint (GdkFrameClock *clock,
                  GApplication  *application)
{
  g_signal_handlers_disconnect_by_func (clock, quit_after_paint, application);
  g_application_quit (application);
}

static void
watch_first_paint (GtkWidget    *window,
                   GApplication *application)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (quit_after_paint), application, 0);
}

static void
activate (GApplication *application)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (application));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), gtk_label_new ("Hello"));
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  g_signal_connect (window, "realize", G_CALLBACK (watch_first_paint), application);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.escrutinio.MinimalWindow",
                                                       G_APPLICATION_NON_UNIQUE);

  g_signal_connect (app, "activate", G_CALLBACK (activate), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
