/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "esc-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(EscApplication) app = NULL;
  /* `meson devenv` points this at the build tree's catalogues, so an uninstalled build
   * speaks the user's language too. */
  const char *localedir = g_getenv ("ESCRUTINIO_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = esc_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
