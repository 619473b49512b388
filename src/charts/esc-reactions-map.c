/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The map of reactions as an EscDrawing: an election, the extent to show, and as items
 * what reacted (each country and organization once, in the order of its first
 * reaction), which is what the list beside the map can select. Geometry is esc-map.c. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "esc-chart-text.h"
#include "esc-map.h"
#include "esc-reaction.h"
#include "esc-reactions-map.h"

struct _EscReactionsMap
{
  GObject parent_instance;

  EscElection *election;
  gboolean whole_world;
  GPtrArray *firsts;      /* EscReaction: each item's first reaction, owned by the election */
  GHashTable *items;      /* id → item + 1 */
};

static void esc_reactions_map_drawing_init (EscDrawingInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (EscReactionsMap, esc_reactions_map, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (ESC_TYPE_DRAWING, esc_reactions_map_drawing_init))

enum {
  PROP_0,
  PROP_WHOLE_WORLD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
get_title (EscDrawing *drawing)
{
  return _("Map of reactions");
}

static char *
describe (EscDrawing *drawing)
{
  GPtrArray *reactions = esc_election_get_reactions (ESC_REACTIONS_MAP (drawing)->election);
  GString *description = g_string_new (NULL);

  for (guint i = 0; i < reactions->len; i++)
    {
      EscReaction *reaction = g_ptr_array_index (reactions, i);

      /* Translators: one reaction, read aloud: "Chile: Questioned the result." */
      g_string_append_printf (description, _("%s: %s. "), esc_text_reactor (reaction),
                              esc_text_stance (esc_reaction_get_stance (reaction)));
    }
  return g_string_free (description, FALSE);
}

/* A map wants about twice its height in width, and can make do with a strip. */
static void
measure_height (EscDrawing          *drawing,
                double               width,
                const EscChartStyle *style,
                double              *minimum,
                double              *natural)
{
  *minimum = 220;
  *natural = MAX (width * 0.58, 220);
}

static guint
get_n_items (EscDrawing *drawing)
{
  return ESC_REACTIONS_MAP (drawing)->firsts->len;
}

/* Who, their stance and speaker, and their words. */
static char *
describe_item (EscDrawing *drawing,
               guint       item)
{
  EscReaction *reaction = g_ptr_array_index (ESC_REACTIONS_MAP (drawing)->firsts, item);
  GString *text = g_string_new (esc_text_reactor (reaction));

  g_string_append_printf (text, "\n%s", esc_text_stance (esc_reaction_get_stance (reaction)));
  if (esc_reaction_get_speaker (reaction) != NULL)
    g_string_append_printf (text, " · %s", esc_reaction_get_speaker (reaction));
  if (esc_reaction_get_quote (reaction) != NULL)
    {
      g_string_append_c (text, '\n');
      /* Translators: a quotation; %s is the quoted words. */
      g_string_append_printf (text, _("“%s”"), esc_reaction_get_quote (reaction));
    }
  return g_string_free (text, FALSE);
}

static gpointer
layout_new (EscDrawing          *drawing,
            double               width,
            double               height,
            const EscChartStyle *style)
{
  EscReactionsMap *self = ESC_REACTIONS_MAP (drawing);

  return esc_map_layout_new (self->election, width, height, style, self->whole_world);
}

static const char *
item_id_or_null (EscReactionsMap *self,
                 int              item)
{
  return item >= 0 && (guint) item < self->firsts->len ? esc_reactions_map_get_item_id (self, item) : NULL;
}

static void
layout_draw (EscDrawing *drawing,
             gpointer    layout,
             cairo_t    *cr,
             int         focused,
             int         hovered)
{
  EscReactionsMap *self = ESC_REACTIONS_MAP (drawing);

  esc_map_layout_draw (layout, cr, item_id_or_null (self, focused), item_id_or_null (self, hovered));
}

static int
layout_hit (EscDrawing *drawing,
            gpointer    layout,
            double      x,
            double      y)
{
  return esc_reactions_map_find_item (ESC_REACTIONS_MAP (drawing), esc_map_layout_hit (layout, x, y));
}

static gboolean
layout_get_item_bounds (EscDrawing *drawing,
                        gpointer    layout,
                        guint       item,
                        EscRect    *bounds)
{
  return esc_map_layout_get_bounds (layout, esc_reactions_map_get_item_id (ESC_REACTIONS_MAP (drawing), item), bounds);
}

static GArray *
layout_get_text_boxes (EscDrawing *drawing,
                       gpointer    layout)
{
  return esc_map_layout_get_text_boxes (layout);
}

static void
esc_reactions_map_drawing_init (EscDrawingInterface *iface)
{
  iface->get_title = get_title;
  iface->describe = describe;
  iface->measure_height = measure_height;
  iface->get_n_items = get_n_items;
  iface->describe_item = describe_item;
  iface->layout_new = layout_new;
  iface->layout_free = (void (*) (gpointer)) esc_map_layout_free;
  iface->layout_draw = layout_draw;
  iface->layout_hit = layout_hit;
  iface->layout_get_item_bounds = layout_get_item_bounds;
  iface->layout_get_text_boxes = layout_get_text_boxes;
}

static void
esc_reactions_map_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  EscReactionsMap *self = ESC_REACTIONS_MAP (object);

  switch (prop_id)
    {
    case PROP_WHOLE_WORLD:
      g_value_set_boolean (value, self->whole_world);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
esc_reactions_map_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  EscReactionsMap *self = ESC_REACTIONS_MAP (object);

  switch (prop_id)
    {
    case PROP_WHOLE_WORLD:
      esc_reactions_map_set_whole_world (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
esc_reactions_map_finalize (GObject *object)
{
  EscReactionsMap *self = ESC_REACTIONS_MAP (object);

  g_clear_object (&self->election);
  g_clear_pointer (&self->firsts, g_ptr_array_unref);
  g_clear_pointer (&self->items, g_hash_table_unref);

  G_OBJECT_CLASS (esc_reactions_map_parent_class)->finalize (object);
}

static void
esc_reactions_map_class_init (EscReactionsMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = esc_reactions_map_finalize;
  object_class->get_property = esc_reactions_map_get_property;
  object_class->set_property = esc_reactions_map_set_property;

  /**
   * EscReactionsMap:whole-world:
   *
   * The whole world, rather than the countries that reacted and the one that voted.
   */
  properties[PROP_WHOLE_WORLD] =
    g_param_spec_boolean ("whole-world", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
esc_reactions_map_init (EscReactionsMap *self)
{
  self->firsts = g_ptr_array_new ();
  self->items = g_hash_table_new (g_str_hash, g_str_equal);
}

EscReactionsMap *
esc_reactions_map_new (EscElection *election,
                       gboolean     whole_world)
{
  EscReactionsMap *self;
  GPtrArray *reactions;

  g_return_val_if_fail (ESC_IS_ELECTION (election), NULL);

  self = g_object_new (ESC_TYPE_REACTIONS_MAP, "whole-world", whole_world, NULL);
  self->election = g_object_ref (election);
  reactions = esc_election_get_reactions (election);
  /* A country that reacted twice is one item: the keyboard must not step back to it. */
  for (guint i = 0; i < reactions->len; i++)
    {
      EscReaction *reaction = g_ptr_array_index (reactions, i);

      if (g_hash_table_contains (self->items, esc_reaction_get_reactor_id (reaction)))
        continue;
      g_ptr_array_add (self->firsts, reaction);
      g_hash_table_insert (self->items, (gpointer) esc_reaction_get_reactor_id (reaction), GUINT_TO_POINTER (self->firsts->len));
    }
  return self;
}

EscElection *
esc_reactions_map_get_election (EscReactionsMap *self)
{
  g_return_val_if_fail (ESC_IS_REACTIONS_MAP (self), NULL);
  return self->election;
}

gboolean
esc_reactions_map_get_whole_world (EscReactionsMap *self)
{
  g_return_val_if_fail (ESC_IS_REACTIONS_MAP (self), FALSE);
  return self->whole_world;
}

void
esc_reactions_map_set_whole_world (EscReactionsMap *self,
                                   gboolean         whole_world)
{
  g_return_if_fail (ESC_IS_REACTIONS_MAP (self));

  whole_world = !!whole_world;
  if (self->whole_world == whole_world)
    return;
  self->whole_world = whole_world;
  esc_drawing_changed (ESC_DRAWING (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WHOLE_WORLD]);
}

/* The alpha-2 code of item @item's country, or its organization's id. */
const char *
esc_reactions_map_get_item_id (EscReactionsMap *self,
                               guint            item)
{
  g_return_val_if_fail (ESC_IS_REACTIONS_MAP (self), NULL);
  g_return_val_if_fail (item < self->firsts->len, NULL);
  return esc_reaction_get_reactor_id (g_ptr_array_index (self->firsts, item));
}

/* The item of country or organization @id, or -1 if it did not react. */
int
esc_reactions_map_find_item (EscReactionsMap *self,
                             const char      *id)
{
  g_return_val_if_fail (ESC_IS_REACTIONS_MAP (self), -1);
  return id != NULL ? (int) GPOINTER_TO_UINT (g_hash_table_lookup (self->items, id)) - 1 : -1;
}
