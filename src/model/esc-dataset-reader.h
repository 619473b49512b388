/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Builds the model from json-glib's trees of the document's pieces, checking everything
 * docs/dataset-format.md asks. Internal to the loader. */
#pragma once

#include <json-glib/json-glib.h>

#include "esc-dataset.h"

G_BEGIN_DECLS

gboolean    esc_dataset_reads_in_pieces (const char *member);
EscDataset *esc_dataset_read_pieces     (const char *data,
                                         JsonNode   *skeleton,
                                         GPtrArray  *members,
                                         GPtrArray  *problems,
                                         GHashTable *decimals,
                                         guint       n_threads);

G_END_DECLS
