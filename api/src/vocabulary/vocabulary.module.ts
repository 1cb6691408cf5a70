import { Module } from '@nestjs/common';
import { VocabularyResolver } from './vocabulary.resolver';

@Module({ providers: [VocabularyResolver] })
export class VocabularyModule {}
