/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "esc-application.h"
#include "esc-export-command.h"
#include "esc-validate-command.h"
#include "esc-window.h"

struct _EscApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (EscApplication, esc_application, ADW_TYPE_APPLICATION)

static const struct {
  const char *action;
  const char *accels[2];
} accels[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "window.close", { "<Control>w", NULL } },
  { "win.open", { "<Control>o", NULL } },
  { "win.reload", { "<Control>r", NULL } },
  { "win.present", { "F5", NULL } },
  { "win.view::results", { "<Alt>1", NULL } },
  { "win.view::reactions", { "<Alt>2", NULL } },
  { "win.view::sources", { "<Alt>3", NULL } },
};

static EscWindow *
get_or_create_window (EscApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (ESC_IS_WINDOW (window))
    return ESC_WINDOW (window);

  return esc_window_new (ADW_APPLICATION (self));
}

/* `--validate FILE...` and `--export DIR ...` take the remaining arguments as their own
 * and never start the UI, so they are handled before GApplication parses options and
 * registers on the bus. */
static gboolean
esc_application_local_command_line (GApplication   *application,
                                    char         ***arguments,
                                    int            *exit_status)
{
  char **argv = *arguments;

  /* Both "--validate a.json b.json" and, as --help spells it, "--validate=a.json b.json". */
  if (argv[0] != NULL && argv[1] != NULL && g_str_has_prefix (argv[1], "--validate")
      && (argv[1][10] == '\0' || argv[1][10] == '='))
    {
      g_autoptr(GString) out = g_string_new (NULL);
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) paths = NULL;

      if (argv[1][10] == '=')
        g_strv_builder_add (builder, argv[1] + 11);
      g_strv_builder_addv (builder, (const char **) argv + 2);
      paths = g_strv_builder_end (builder);

      *exit_status = esc_validate_command ((const char * const *) paths, out);
      g_print ("%s", out->str);
      return TRUE;
    }

  if (argv[0] != NULL && (g_strcmp0 (argv[1], "--export") == 0 || g_strcmp0 (argv[1], "--export-slides") == 0))
    {
      g_autoptr(GString) out = g_string_new (NULL);
      g_autoptr(GBytes) dataset = g_resources_lookup_data (RESOURCE_PATH "/default-dataset.json",
                                                           G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      g_autoptr(GBytes) world = g_resources_lookup_data (RESOURCE_PATH "/world/countries-110m.json",
                                                         G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);

      if (g_str_equal (argv[1], "--export"))
        *exit_status = esc_export_command ((const char * const *) argv + 2, dataset, world, out);
      else
        *exit_status = esc_slides_command ((const char * const *) argv + 2, dataset, world, out);
      g_print ("%s", out->str);
      return TRUE;
    }

  return G_APPLICATION_CLASS (esc_application_parent_class)->local_command_line (application, arguments, exit_status);
}

static int
esc_application_handle_local_options (GApplication *application,
                                      GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  /* Go on with the default handling: register, then activate or open. */
  return -1;
}

static void
esc_application_startup (GApplication *application)
{
  G_APPLICATION_CLASS (esc_application_parent_class)->startup (application);

  /* Window lists and alt-tab on X11 take the icon from the window, not the .desktop file. */
  gtk_window_set_default_icon_name (APPLICATION_ID);

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (application),
                                           accels[i].action, accels[i].accels);
}

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
esc_application_activate (GApplication *application)
{
  EscWindow *window = get_or_create_window (ESC_APPLICATION (application));

  /* bench/bench-startup times a start from the outside: with this set, the app quits
   * once its first window has painted its first frame. */
  if (g_getenv ("ESCRUTINIO_QUIT_AFTER_FIRST_FRAME") != NULL)
    g_signal_connect_object (window, "realize", G_CALLBACK (watch_first_paint), application, 0);
  gtk_window_present (GTK_WINDOW (window));
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
      gtk_window_present (GTK_WINDOW (window));
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
  /* Natural Earth asks for this line; world-atlas' ISC licence for its notice. */
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about), _("Map data"),
                                      "Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com.\n"
                                      "TopoJSON conversion (world-atlas) © 2013–2019 Michael Bostock",
                                      GTK_LICENSE_CUSTOM,
                                      _("Natural Earth data is in the public domain; the conversion is under the ISC licence."));
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
  static const GOptionEntry options[] = {
    { "version", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
      N_("Print the version and exit"), NULL },
    /* Listed for --help; esc_application_local_command_line handles it. */
    { "validate", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
      N_("Check dataset files, print their problems and exit"), N_("FILE…") },
    { "export", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
      N_("Write every chart into a folder as PNG, SVG and PDF, and exit"),
      N_("DIR [--format png|svg|pdf] [--size WIDTHxHEIGHT] [--scale N] [FILE]") },
    { "export-slides", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
      N_("Write the slides of an election as a PDF, or as PNG images into a folder, and exit"),
      N_("FILE.pdf|DIR [--election ID] [--size WIDTHxHEIGHT] [--dark] [FILE]") },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), options);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE…]"));
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
