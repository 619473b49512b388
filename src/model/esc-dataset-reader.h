/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Builds the model from json-glib's tree, checking everything docs/dataset-format.md
 * asks. Internal to the loader. */
#pragma once

#include <json-glib/json-glib.h>

#include "esc-dataset.h"

G_BEGIN_DECLS

EscDataset *esc_dataset_read_tree (JsonNode   *root,
                                   GPtrArray  *problems,
                                   GHashTable *decimals);

G_END_DECLS
