/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "esc-command.h"

G_BEGIN_DECLS

void esc_command_line_add_options (GApplication         *application);
int  esc_command_line_run         (GVariantDict         *options,
                                   const char * const   *files,
                                   const EscCommandData *data,
                                   GString              *out,
                                   GString              *err);

G_END_DECLS
