import { RoomEntity } from './room.entity';
import { RoomMessageEntity } from './room-message.entity';
import { RoomReactionEntity } from './room-reaction.entity';
import { RoomParticipantEntity } from './room-participant.entity';

export const ROOM_ENTITIES = [RoomEntity, RoomMessageEntity, RoomReactionEntity, RoomParticipantEntity];
