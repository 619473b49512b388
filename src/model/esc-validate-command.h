/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int esc_validate_command (const char * const *paths,
                          GString            *out);

G_END_DECLS
