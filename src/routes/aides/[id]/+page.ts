import { error } from '@sveltejs/kit';
import { IDS_AIDES, type AideId } from '$lib/aides';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => IDS_AIDES.map((id) => ({ id }));

export const load: PageLoad = ({ params }) => {
	if (!(IDS_AIDES as readonly string[]).includes(params.id)) error(404, `Aucune aide « ${params.id.slice(0, 40)} ».`);
	return { id: params.id as AideId };
};
