/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "esc-dataset.h"

G_BEGIN_DECLS

int esc_export_command (const char * const *args,
                        GBytes             *default_dataset,
                        GBytes             *world_topojson,
                        GString            *out);

int         esc_slides_command       (const char * const *args,
                                      GBytes             *default_dataset,
                                      GBytes             *world_topojson,
                                      GString            *out);
gboolean    esc_command_parse_size   (const char         *text,
                                      int                *width,
                                      int                *height);
EscDataset *esc_command_load_dataset (const char         *file,
                                      GBytes             *default_dataset,
                                      GString            *out,
                                      int                *status);

G_END_DECLS
