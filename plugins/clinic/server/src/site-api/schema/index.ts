import { commonTypeDefs } from './common.graphql';
import { locationTypeDefs } from './location.graphql';
import { catalogueTypeDefs } from './catalogue.graphql';
import { peopleTypeDefs } from './people.graphql';
import { editorialTypeDefs } from './editorial.graphql';
import { queryTypeDefs } from './query.graphql';
import { previewTypeDefs } from './preview.graphql';
import { searchTypeDefs } from './search.graphql';

export const siteTypeDefs = [commonTypeDefs, queryTypeDefs, locationTypeDefs, catalogueTypeDefs, peopleTypeDefs, editorialTypeDefs, previewTypeDefs, searchTypeDefs];
