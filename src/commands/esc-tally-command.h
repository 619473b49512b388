/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "esc-command.h"

G_BEGIN_DECLS

int esc_tally_command (GVariantDict         *options,
                       const char * const   *files,
                       const EscCommandData *data,
                       GString              *out,
                       GString              *err);

G_END_DECLS
