briefingSearch.terms("wa",{"walk":[0,1],"war":[0,1,1,2],"warned":[0,5,1,1],"watching":[1,2],"ways":[1,2]});
